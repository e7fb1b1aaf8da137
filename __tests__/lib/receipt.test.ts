import fc from 'fast-check';
import { contentVersion } from '@/lib/assignment';
import { questionLookup } from '@/lib/content/refs';
import { fromBase64Url, toBase64Url } from '@/lib/encoding';
import { decodeReceipt, encodeReceipt, findReceiptTokens, makeReceipt, type ReceiptInput } from '@/lib/receipt';
import { makeQuestion, makeQuiz } from '../fixtures';

const quiz = makeQuiz([makeQuestion({ id: 'one' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);
const lookup = questionLookup([quiz]);
const refs = ['china-and-iran/one', 'china-and-iran/two'];

const input: ReceiptInput = {
  assignment: 'k3x9mp2a',
  title: 'Warm-up',
  className: 'Civics 3',
  name: 'Zoë Ngata',
  questions: refs,
  answers: [['considered'], ['never']],
  correct: 1,
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_300_000,
  contentVersion: contentVersion(refs, lookup),
};

function reencode(token: string, change: (value: Record<string, unknown>) => void): string {
  const value = JSON.parse(fromBase64Url(token.slice(3))!);
  change(value);
  return `r1.${toBase64Url(JSON.stringify(value))}`;
}

describe('receipts', () => {
  const token = encodeReceipt(makeReceipt(input));

  it('round-trip with their checksum, for any name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0),
        (name) => {
          const receipt = makeReceipt({ ...input, name });
          expect(decodeReceipt(encodeReceipt(receipt), lookup)).toEqual({ ok: true, value: receipt });
        },
      ),
    );
  });

  it('reject a receipt whose score was edited, even with the checksum recomputed by hand', () => {
    expect(
      decodeReceipt(
        reencode(token, (v) => (v.correct = 2)),
        lookup,
      ),
    ).toEqual({
      ok: false,
      reason: 'its checksum does not match: it was changed or damaged after the student made it',
    });
    const forged = encodeReceipt(makeReceipt({ ...input, correct: 2 }));
    expect(decodeReceipt(forged, lookup)).toEqual({ ok: false, reason: 'its score does not match its answers' });
  });

  it('reject a receipt cut short, from another content version, or from the future', () => {
    expect(decodeReceipt(token.slice(0, -10), lookup)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cut short/),
    });
    const other = encodeReceipt(makeReceipt({ ...input, contentVersion: '00000000' }));
    expect(decodeReceipt(other, lookup)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/different version of the quiz content/),
    });
    expect(decodeReceipt(token.replace(/^r1/, 'r9'), lookup)).toEqual({
      ok: false,
      reason: 'made by a newer version of SourceCheck',
    });
    const unknown = encodeReceipt(makeReceipt({ ...input, questions: ['gone/one', 'china-and-iran/two'] }));
    expect(decodeReceipt(unknown, lookup)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not have/) });
  });

  it('never throw, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.base64String().map((s) => `r1.${s}`),
          fc.json().map((j) => `r1.${toBase64Url(j)}`),
        ),
        (text) => {
          expect(decodeReceipt(text, lookup).ok).toBe(false);
        },
      ),
    );
  });

  it('are found in a pasted email body, one per line or run together', () => {
    const other = encodeReceipt(makeReceipt({ ...input, name: 'Ben' }));
    const email = `Hi Ms. K,\n> here it is: https://school.example/teach/results#${token}\nthanks!\n${other} ${other}`;
    expect(findReceiptTokens(email)).toEqual([token, other, other]);
    expect(findReceiptTokens('see chapter r1.2 and r2.5')).toEqual([]);
  });

  it('finding receipts in any text never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => void findReceiptTokens(text)));
  });
});
