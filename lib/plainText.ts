import './zodConfig';
import * as z from 'zod/mini';

const CONTROL = /\p{Cc}/gu;

/**
 * Text a person typed that travels in a link or a result: no control characters, which a spreadsheet or a
 * terminal may act on and no name needs. Direction marks are allowed (names in Arabic or Hebrew use them);
 * pages isolate such text so it cannot reorder what stands around it.
 */
export const PlainText = z
  .string()
  .check(
    z.refine(
      (text) => !new RegExp(CONTROL).test(text),
      'it holds control characters, which no name needs (the student can open the assignment again for a new result link)',
    ),
  );

/** Text as a person meant it: a pasted tab or line break becomes a space, so "Ana\tLee" stays two words. */
export function plainText(text: string): string {
  return text.replace(CONTROL, ' ').trim();
}
