import fc from 'fast-check';
import * as z from 'zod/mini';
import { decodeToken, encodeToken, type TokenKind } from '@/lib/token';

const NOTE: TokenKind<{ text: string; count: number }> = {
  prefix: 'n',
  version: 2,
  maxLength: 200,
  schema: z
    .strictObject({ text: z.string(), count: z.int() })
    .check(z.refine((note) => note.count >= 0, 'it counts below zero')),
};

describe('link tokens', () => {
  it('give back exactly what went in, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(), (text, count) => {
        expect(decodeToken(NOTE, encodeToken(NOTE, { text, count }))).toEqual({ ok: true, value: { text, count } });
      }),
    );
  });

  it('say which way a token is wrong, so each kind can tell its reader what to do', () => {
    const token = encodeToken(NOTE, { text: 'hello', count: 1 });
    expect(decodeToken(NOTE, 'n2.' + 'A'.repeat(300))).toEqual({ ok: false, failure: 'too-long' });
    expect(decodeToken(NOTE, 'x2.abc')).toEqual({ ok: false, failure: 'not-a-token' });
    expect(decodeToken(NOTE, token.replace('n2.', 'n3.'))).toEqual({ ok: false, failure: 'newer' });
    expect(decodeToken(NOTE, `${token}%`)).toEqual({ ok: false, failure: 'damaged' });
    expect(decodeToken(NOTE, token.slice(0, -4))).toEqual({ ok: false, failure: 'damaged' });
    expect(decodeToken(NOTE, encodeToken(NOTE, { text: 'x', count: -1 }))).toEqual({
      ok: false,
      failure: 'invalid',
      rule: 'it counts below zero',
    });
    expect(decodeToken(NOTE, `n2.${Buffer.from('{"text":1}').toString('base64url')}`)).toEqual({
      ok: false,
      failure: 'invalid',
    });
  });

  it('read a token an older version made, and one a mail client padded with spaces', () => {
    const token = encodeToken(NOTE, { text: 'hi', count: 0 });
    expect(decodeToken(NOTE, token.replace('n2.', 'n1.')).ok).toBe(true);
    expect(decodeToken(NOTE, `  ${token}\n`).ok).toBe(true);
  });
});
