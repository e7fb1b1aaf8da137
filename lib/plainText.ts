import './zodConfig';
import * as z from 'zod/mini';

/**
 * Text a person typed that travels in a link or a result: no control characters, which a spreadsheet or a
 * terminal may act on and no name needs. Direction marks are allowed (names in Arabic or Hebrew use them);
 * pages isolate such text so it cannot reorder what stands around it.
 */
export const PlainText = z
  .string()
  .check(z.refine((text) => !/[\p{Cc}]/u.test(text), 'it holds control characters, which no name needs'));
