import fc from 'fast-check';
import { contentVersion } from '@/lib/assignment';
import { questionLookup } from '@/lib/content/refs';
import { deflateRaw } from '@/lib/deflate';
import { bytesToBase64Url } from '@/lib/encoding';
import { gradeAnswers, makeReceipt, receiptReader, encodeCompressedReceipt, encodeReceipt } from '@/lib/receipt';
import { makeQuestion, makeQuiz } from '../fixtures';

const quiz = makeQuiz(Array.from({ length: 20 }, (_, i) => makeQuestion({ id: `question-${i + 1}` })));
const lookup = questionLookup([quiz]);
const refs = quiz.questions.map((q) => `china-and-iran/${q.id}`);
const read = receiptReader(lookup, () => Date.UTC(2030, 0, 1));
const choiceIds = ['deployed', 'considered', 'never'];

/** Any result a student could send: any name, title and class, any subset of questions, any answers. */
const receipts = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0),
    title: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
    className: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    questions: fc.shuffledSubarray(refs, { minLength: 1 }),
    answers: fc.array(fc.subarray(choiceIds), { minLength: 20, maxLength: 20 }),
    startedAt: fc.integer({ min: Date.UTC(2021, 2, 16), max: Date.UTC(2029, 0, 1) }),
    took: fc.integer({ min: 0, max: 100 * 24 * 60 * 60 * 1000 }),
    due: fc.option(fc.constantFrom('2026-03-01', '2029-12-31'), { nil: undefined }),
    renamedFrom: fc.option(fc.array(fc.string({ maxLength: 60 }), { maxLength: 5 }), { nil: undefined }),
    restarts: fc.option(fc.nat({ max: 50 }), { nil: undefined }),
  })
  .map(({ name, title, className, questions, answers, startedAt, took, due, renamedFrom, restarts }) => {
    const base = {
      assignment: 'k3x9mp2a',
      ...(title === undefined ? {} : { title }),
      ...(className === undefined ? {} : { className }),
      name,
      questions,
      answers: answers.slice(0, questions.length),
      startedAt,
      finishedAt: startedAt + took,
      contentVersion: contentVersion(questions, lookup),
      ...(due === undefined ? {} : { due }),
      ...(renamedFrom === undefined ? {} : { renamedFrom }),
      ...(restarts === undefined ? {} : { restarts }),
    };
    return makeReceipt({ ...base, correct: gradeAnswers(base, lookup) });
  });

// Control characters in a name are refused by the receipt's own rules, in both formats alike.
const plain = (text: string | undefined) => text === undefined || !/[\u0000-\u001f\u007f-\u009f]/.test(text);

describe('compressed result links', () => {
  it('read back as the very receipt the plain link holds, for any result', async () => {
    await fc.assert(
      fc.asyncProperty(receipts, async (receipt) => {
        const packed = await encodeCompressedReceipt(receipt);
        expect(packed).toMatch(/^r2\.[A-Za-z0-9_-]+$/);
        const [fromPacked, fromPlain] = [await read(packed), await read(encodeReceipt(receipt))];
        expect(fromPacked).toEqual(fromPlain);
        if ([receipt.name, receipt.title, receipt.className].every(plain)) {
          expect(fromPacked).toEqual({ ok: true, value: receipt });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('are much shorter than plain ones for a whole quiz', async () => {
    const receipt = fc.sample(receipts, { numRuns: 1, seed: 7 })[0]!;
    const full = makeReceipt({ ...receipt, questions: refs, answers: refs.map(() => ['considered']), correct: 20 });
    expect((await encodeCompressedReceipt(full)).length).toBeLessThan(encodeReceipt(full).length / 2);
  });

  it('are refused as damaged when cut short, run on, or changed', async () => {
    const receipt = fc.sample(receipts, { numRuns: 1, seed: 1 })[0]!;
    const packed = await encodeCompressedReceipt(receipt);
    const damaged = { ok: false, reason: 'cut short or damaged (copy the whole link)' };
    expect(await read(packed.slice(0, -6))).toEqual(damaged);
    expect(await read(`${packed}AAAA`)).toEqual(damaged);
    expect(await read(`${packed.slice(0, 40)}%${packed.slice(41)}`)).toEqual(damaged);
    // A flipped bit inside the compressed data: either it no longer inflates, or the checksum catches it.
    const middle = Math.floor(packed.length / 2);
    const flipped = `${packed.slice(0, middle)}${packed[middle] === 'A' ? 'B' : 'A'}${packed.slice(middle + 1)}`;
    expect(await read(flipped)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cut short or damaged|checksum does not match|not a (valid|possible)/),
    });
  });

  it('refuse a receipt edited by hand the same way a plain link does', async () => {
    const receipt = fc.sample(receipts, { numRuns: 1, seed: 3 })[0]!;
    const edited = await encodeCompressedReceipt({ ...receipt, correct: receipt.questions.length + 1 });
    expect(await read(edited)).toEqual({
      ok: false,
      reason: 'not a possible result: it has more right answers than questions',
    });
    const rescored = await encodeCompressedReceipt({ ...receipt, name: `${receipt.name}x` });
    expect(await read(rescored)).toEqual({
      ok: false,
      reason: 'its checksum does not match: it was changed or damaged after the student made it',
    });
  });

  it('refuse one that inflates to more than any receipt, without inflating all of it', async () => {
    const bomb = await deflateRaw(new Uint8Array(5_000_000).fill(32));
    const framed = new Uint8Array([bomb.length >> 8, bomb.length & 0xff, ...bomb]);
    expect(await read(`r2.${bytesToBase64Url(framed)}`)).toEqual({ ok: false, reason: 'far too long to be a receipt' });
  });

  it('say a link of a later format is from a newer SourceCheck', async () => {
    const packed = await encodeCompressedReceipt(fc.sample(receipts, { numRuns: 1, seed: 2 })[0]!);
    expect(await read(packed.replace(/^r2/, 'r3'))).toEqual({
      ok: false,
      reason: 'made by a newer version of SourceCheck',
    });
  });
});
