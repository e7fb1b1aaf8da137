/** @jest-environment node */
import fc from 'fast-check';
import { encodeReceipt, makeReceipt } from '@/lib/receipt';
import { base64UrlToBytes, bytesToBase64Url } from '@/lib/encoding';
import { createBoxKeys, openResult, sealResult } from '@/lib/sealedResult';

const BOX = 'aaaaaaaaaaaaaaaaaaaaaa';

const receipt = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0),
    title: fc.option(fc.string({ minLength: 1, maxLength: 100 }), { nil: undefined }),
    count: fc.integer({ min: 1, max: 40 }),
    answer: fc.constantFrom<string[]>(['true'], ['false'], ['a', 'b'], []),
  })
  .map(({ name, title, count, answer }) =>
    encodeReceipt(
      makeReceipt({
        assignment: 'k3x9mp2a',
        title,
        name,
        questions: Array.from({ length: count }, (_, i) => `quiz/question-${i}`),
        answers: Array.from({ length: count }, () => answer),
        correct: 0,
        startedAt: 1_700_000_000_000,
        finishedAt: 1_700_000_300_000,
        contentVersion: '0badf00d',
      }),
    ),
  );

describe('sealed results', () => {
  let keys: Awaited<ReturnType<typeof createBoxKeys>>;
  beforeAll(async () => {
    keys = await createBoxKeys();
  });

  it('open to exactly the result link that was sealed, for any receipt', async () => {
    await fc.assert(
      fc.asyncProperty(receipt, async (token) => {
        const sealed = await sealResult(token, keys.publicKey, BOX);
        expect(sealed).not.toContain(token.slice(3, 40));
        expect(await openResult(sealed, keys.privateKey, BOX)).toBe(token);
      }),
      { numRuns: 30 },
    );
  });

  it('are sealed afresh each time, so two sealings of one result do not match', async () => {
    const token = fc.sample(receipt, 1)[0]!;
    expect(await sealResult(token, keys.publicKey, BOX)).not.toBe(await sealResult(token, keys.publicKey, BOX));
  });

  it('refuse to open when any one bit was changed', async () => {
    const sealed = base64UrlToBytes(await sealResult(fc.sample(receipt, 1)[0]!, keys.publicKey, BOX))!;
    // Half the changes fall in the version byte and the sender's key, where a point written another way once
    // named the same key.
    const headerBits = (1 + 65) * 8;
    const bits = fc.oneof(
      fc.integer({ min: 0, max: headerBits - 1 }),
      fc.integer({ min: 0, max: sealed.length * 8 - 1 }),
    );
    await fc.assert(
      fc.asyncProperty(bits, async (bit) => {
        const changed = sealed.slice();
        changed[bit >> 3]! ^= 1 << (bit & 7);
        expect(await openResult(bytesToBase64Url(changed), keys.privateKey, BOX)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('refuse to open with another teacher’s key, or in another box', async () => {
    const sealed = await sealResult(fc.sample(receipt, 1)[0]!, keys.publicKey, BOX);
    const other = await createBoxKeys();
    expect(await openResult(sealed, other.privateKey, BOX)).toBeNull();
    expect(await openResult(sealed, keys.privateKey, 'bbbbbbbbbbbbbbbbbbbbbb')).toBeNull();
  });

  it('refuse what is not a sealed result, and a damaged key', async () => {
    for (const text of ['', 'not base64url!', 'AQ', bytesToBase64Url(new Uint8Array(200))])
      expect(await openResult(text, keys.privateKey, BOX)).toBeNull();
    await expect(sealResult('r1.x', keys.publicKey.slice(0, -2), BOX)).rejects.toThrow('damaged');
  });
});
