import { createHash } from 'node:crypto';
import { loadSourceTexts } from './load';

let cache: { body: string; integrity: string } | undefined;

/**
 * Every source's paragraphs, as app/source-texts.json/route.ts serves them, and the Subresource Integrity value of
 * its bytes: a student's page fetches them only to check a teacher's own questions against the words they quote.
 * Build-time only, like lib/content/bankFile.ts.
 */
export function sourceTextsFile(): { body: string; integrity: string } {
  if (!cache) {
    const body = JSON.stringify(loadSourceTexts());
    cache = { body, integrity: `sha256-${createHash('sha256').update(body).digest('base64')}` };
  }
  return cache;
}
