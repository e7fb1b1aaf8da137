// Generates 1,000 and 10,000 result links, pastes them into the gradebook's parser and store,
// and prints how long each step takes. Run: npm run bench:receipts
import { performance } from 'node:perf_hooks';
import { loadQuizzes } from '../lib/content/load';
import { questionLookup } from '../lib/content/refs';
import { receiptDecoder } from '../lib/receipt';
import { findReceiptTokens } from '../lib/receiptTokens';
import { createGradebookStore } from '../store/gradebook';
import { memoryGradebook } from './memoryGradebook';
import { memoryStorage } from './memoryStorage';
import { resultEmail } from './resultEmail';

const lookup = questionLookup(loadQuizzes());

const time = async <T>(work: () => T): Promise<[Awaited<T>, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

async function main() {
  console.log('receipts | paste size | find links | decode + verify | store import | total');
  for (const count of [1_000, 10_000]) {
    const email = resultEmail(count);
    const store = createGradebookStore({ database: memoryGradebook(), legacy: () => memoryStorage() });
    await store.getState().actions.load();
    const [tokens, findMs] = await time(() => findReceiptTokens(email));
    const [decoded, decodeMs] = await time(() => tokens.map(receiptDecoder(lookup)));
    const rejected = decoded.filter((d) => !d.ok).length;
    if (tokens.length !== count || rejected > 0)
      throw new Error(`found ${tokens.length} of ${count}, rejected ${rejected}`);
    const [, importMs] = await time(() =>
      store.getState().actions.importResults(decoded.flatMap((d) => (d.ok ? [d.value] : []))),
    );
    const total = findMs + decodeMs + importMs;
    if (store.getState().receipts.length !== count) throw new Error('not every receipt reached the gradebook');
    console.log(
      `${String(count).padStart(8)} | ${(email.length / 1e6).toFixed(1).padStart(7)} MB | ${findMs.toFixed(0).padStart(7)} ms | ${decodeMs.toFixed(0).padStart(12)} ms | ${importMs.toFixed(0).padStart(9)} ms | ${total.toFixed(0).padStart(5)} ms`,
    );
  }
}

void main();
