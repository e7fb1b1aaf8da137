// Finding result links in what a teacher pasted: apart from lib/receipt.ts so that the gradebook loads it when a
// paste is imported, not with the page.
import { findSplitTokens } from './linkRepair';
import { isWholeReceiptToken, MAX_RECEIPT_LENGTH } from './receipt';

const TOKEN_START = /\br\d{1,4}\.[A-Za-z0-9_-]*/g;

const RECEIPT_TOKENS = { start: TOKEN_START, isWhole: isWholeReceiptToken, maxLength: MAX_RECEIPT_LENGTH };

/** Pieces too short to be anyone's receipt (r1.2 in a sentence) are left out. */
function* receiptTokens(text: string): Generator<string> {
  for (const token of findSplitTokens(text, RECEIPT_TOKENS)) if (token.length - token.indexOf('.') > 16) yield token;
}

/**
 * Finds every receipt in pasted text: one link per line, a whole email body, or links run together, put back
 * together where an email client split them. Pieces too short to be anyone's receipt (r1.2 in a sentence) are
 * left out; a longer one that is still not whole is kept, so the teacher is told it is damaged.
 */
export function findReceiptTokens(text: string): string[] {
  return [...receiptTokens(text)];
}

/**
 * The same receipts as findReceiptTokens, found a slice of `sliceMs` at a time with `pause()` between slices, so
 * that a paste of thousands leaves the page free to answer the teacher: finding 10,000 in one go held it 640 ms.
 */
export async function findReceiptTokensInSlices(
  text: string,
  pause: () => Promise<unknown>,
  sliceMs = 40,
): Promise<string[]> {
  const found: string[] = [];
  let sliceStarted = performance.now();
  for (const token of receiptTokens(text)) {
    found.push(token);
    if (performance.now() - sliceStarted < sliceMs) continue;
    await pause();
    sliceStarted = performance.now();
  }
  return found;
}
