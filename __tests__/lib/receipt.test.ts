import fc from 'fast-check';
import { contentVersion } from '@/lib/assignment';
import { questionLookup } from '@/lib/content/refs';
import { fromBase64Url, toBase64Url } from '@/lib/encoding';
import { decodeReceipt, encodeReceipt, makeReceipt, receiptDecoder, type ReceiptInput } from '@/lib/receipt';
import { findReceiptTokens } from '@/lib/receiptTokens';
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

  it('read a receipt made before due, renamedFrom and restarts existed, with its checksum unchanged', () => {
    // Made by the code of 651ec1a from the input above: the fields added since must not change its checksum.
    const older =
      'r1.eyJ2ZXJzaW9uIjoxLCJhc3NpZ25tZW50IjoiazN4OW1wMmEiLCJ0aXRsZSI6Ildhcm0tdXAiLCJjbGFzc05hbWUiOiJDaXZpY3MgMyIsIm5hbWUiOiJab8OrIE5nYXRhIiwicXVlc3Rpb25zIjpbImNoaW5hLWFuZC1pcmFuL29uZSIsImNoaW5hLWFuZC1pcmFuL3R3byJdLCJhbnN3ZXJzIjpbWyJjb25zaWRlcmVkIl0sWyJuZXZlciJdXSwiY29ycmVjdCI6MSwic3RhcnRlZEF0IjoxNzAwMDAwMDAwMDAwLCJmaW5pc2hlZEF0IjoxNzAwMDAwMzAwMDAwLCJjb250ZW50VmVyc2lvbiI6Ijk5OGQ4NTZmIiwiY2hlY2tzdW0iOiI3MzVhN2U4YyJ9';
    expect(decodeReceipt(older, lookup)).toEqual({ ok: true, value: makeReceipt(input) });
    expect(makeReceipt(input).checksum).toBe('735a7e8c');
    expect(encodeReceipt(makeReceipt(input))).toBe(older);
  });

  it('carry the due date, earlier names and restarts under the checksum', () => {
    const receipt = makeReceipt({ ...input, due: '2026-03-01', renamedFrom: ['Zoe N'], restarts: 2 });
    const token = encodeReceipt(receipt);
    expect(decodeReceipt(token, lookup)).toEqual({ ok: true, value: receipt });
    expect(receipt.checksum).not.toBe(makeReceipt(input).checksum);
    for (const change of [
      (v: Record<string, unknown>) => (v.restarts = 0),
      (v: Record<string, unknown>) => delete v.renamedFrom,
      (v: Record<string, unknown>) => (v.due = '2026-03-02'),
    ]) {
      expect(decodeReceipt(reencode(token, change), lookup)).toEqual({
        ok: false,
        reason: 'its checksum does not match: it was changed or damaged after the student made it',
      });
    }
    const forged = (change: Partial<ReceiptInput>) =>
      decodeReceipt(encodeReceipt(makeReceipt({ ...input, ...change })), lookup).ok;
    expect(forged({ restarts: -1 })).toBe(false);
    expect(forged({ restarts: 1.5 })).toBe(false);
    expect(forged({ renamedFrom: Array(6).fill('Zoë') })).toBe(false);
    expect(forged({ renamedFrom: ['x'.repeat(61)] })).toBe(false);
    expect(forged({ renamedFrom: ['Ana\u0007'] })).toBe(false);
    expect(forged({ due: '2026-02-30' })).toBe(false);
  });

  it('carry the fewer-choices accommodation under the checksum, so it cannot be added or taken off later', () => {
    const receipt = makeReceipt({ ...input, fewerChoices: true });
    const token = encodeReceipt(receipt);
    expect(decodeReceipt(token, lookup)).toEqual({ ok: true, value: receipt });
    expect(receipt.checksum).not.toBe(makeReceipt(input).checksum);
    expect(
      decodeReceipt(
        reencode(token, (v) => delete v.fewerChoices),
        lookup,
      ).ok,
    ).toBe(false);
    expect(
      decodeReceipt(
        reencode(encodeReceipt(makeReceipt(input)), (v) => (v.fewerChoices = true)),
        lookup,
      ).ok,
    ).toBe(false);
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

  it('reject what no student could have sent, even with a checksum made by this code', () => {
    const forged = (change: Partial<ReceiptInput>) =>
      decodeReceipt(encodeReceipt(makeReceipt({ ...input, ...change })), lookup, () => input.finishedAt);
    // One question answered 120 times in a two-question assignment used to import as "120 of 120".
    expect(
      forged({
        questions: Array(120).fill(refs[0]),
        answers: Array(120).fill(['considered']),
        correct: 120,
        contentVersion: contentVersion(Array(120).fill(refs[0]), lookup),
      }),
    ).toEqual({ ok: false, reason: 'not a possible result: it lists the same question more than once' });
    // A finishing time past what a Date can hold made the gradebook show "Invalid Date" and its CSV throw.
    expect(forged({ finishedAt: 9e15 })).toEqual({
      ok: false,
      reason: 'not a possible result: it says it was finished in the future',
    });
    expect(forged({ startedAt: input.startedAt - 400 * 24 * 60 * 60 * 1000 })).toEqual({
      ok: false,
      reason: 'not a possible result: it says it took more than a year',
    });
    expect(forged({ finishedAt: input.finishedAt + 3 * 24 * 60 * 60 * 1000 })).toEqual({
      ok: false,
      reason: 'not a possible result: it says it was finished in the future',
    });
    expect(forged({ startedAt: Date.UTC(2020, 0, 1), finishedAt: Date.UTC(2020, 0, 2) })).toEqual({
      ok: false,
      reason:
        'not a possible result: it says it was started before the article it quizzes on was published (the student’s clock may be wrong)',
    });
    expect(forged({ finishedAt: input.startedAt - 1 })).toEqual({
      ok: false,
      reason: 'not a possible result: it finished before it started',
    });
    expect(forged({ name: 'Ana\u0007\u001b[31m' })).toEqual({
      ok: false,
      reason:
        'not a possible result: it holds control characters, which no name needs (the student can open the assignment again for a new result link)',
    });
    expect(forged({ name: 'سارة \u202eأحمد' }).ok).toBe(true);
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

describe('receipts of the teacher’s own questions', () => {
  const own = makeQuestion({ id: 'mine-abcd1234', prompt: 'Mine?' });
  const ownRefs = ['china-and-iran/one', 'my-questions/mine-abcd1234'];
  const ownLookup = questionLookup([quiz, { ...makeQuiz([own]), id: 'my-questions' }]);
  const ownReceipt = makeReceipt({
    ...input,
    questions: ownRefs,
    contentVersion: contentVersion(ownRefs, ownLookup),
  });
  const questionsFor = (assignment: string) => (assignment === 'k3x9mp2a' ? ownLookup : lookup);

  it('are checked against the questions their own assignment carried', () => {
    expect(receiptDecoder(questionsFor)(encodeReceipt(ownReceipt))).toEqual({ ok: true, value: ownReceipt });
  });

  it('say where to open them when this device does not keep their assignment', () => {
    expect(decodeReceipt(encodeReceipt(ownReceipt), lookup)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^it answers questions of your own from an assignment this device does not keep/),
    });
  });

  it('are told apart when the teacher rewrote a choice after the link was made', () => {
    const rewritten = { ...own, choices: own.choices.map((c, i) => (i === 0 ? { ...c, text: 'Rewritten' } : c)) };
    const changed = questionLookup([quiz, { ...makeQuiz([rewritten]), id: 'my-questions' }]);
    expect(decodeReceipt(encodeReceipt(ownReceipt), changed)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/different version of the quiz content/),
    });
  });
});
