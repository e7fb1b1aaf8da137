import { createHash } from 'node:crypto';
import { loadQuizzes } from './load';

let cache: { body: string; integrity: string } | undefined;

/**
 * The whole question bank as the one file app/bank.json/route.ts serves, and the Subresource Integrity value of its
 * bytes, which the pages that fetch it hand to `fetch` so the browser refuses any other bytes. Build-time only: the
 * bank has passed every rule of `loadBank` (the quiz schema, and the rules across files) before it is written here.
 */
export function questionBankFile(): { body: string; integrity: string } {
  if (!cache) {
    const body = JSON.stringify(loadQuizzes());
    cache = { body, integrity: `sha256-${createHash('sha256').update(body).digest('base64')}` };
  }
  return cache;
}
