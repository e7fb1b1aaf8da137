import fc from 'fast-check';
import { decodePercentEncoded } from '@/lib/encoding';

describe('decodePercentEncoded', () => {
  it('decodes what encodeURIComponent wrote', () => {
    expect(decodePercentEncoded('a1.abc%20d%C3%A9f')).toBe('a1.abc déf');
  });

  it('keeps a trailing % an email client left, and decodes the rest', () => {
    expect(decodePercentEncoded('a1.xyz%')).toBe('a1.xyz%');
    expect(decodePercentEncoded('r1.%41%')).toBe('r1.A%');
  });

  it('keeps half a multi-byte escape and an escape that is not hex as they came', () => {
    expect(decodePercentEncoded('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodePercentEncoded('r1.%ZZ')).toBe('r1.%ZZ');
    expect(decodePercentEncoded('%C3%A9 and %E0%A4')).toBe('é and %E0%A4');
  });

  it('decodes an escaped null byte or direction override to the character, for validation to refuse', () => {
    expect(decodePercentEncoded('%00%')).toBe('\u0000%');
    expect(decodePercentEncoded('%E2%80%AEname%')).toBe('\u202Ename%');
  });

  it('never throws, and agrees with decodeURIComponent wherever that succeeds', () => {
    const escapes = fc.constantFrom('%', '%2', '%ZZ', '%41', '%E0', '%A4', '%E0%A4', '%C3%A9', '%F0%9F%98%80');
    const text = fc.array(fc.oneof(fc.string(), escapes)).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const decoded = decodePercentEncoded(input);
        let expected: string | null = null;
        try {
          expected = decodeURIComponent(input);
        } catch {
          // malformed: any decoding is acceptable as long as it did not throw
        }
        if (expected !== null) expect(decoded).toBe(expected);
      }),
    );
  });

  it('round-trips any text encodeURIComponent can encode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(decodePercentEncoded(encodeURIComponent(text))).toBe(text);
      }),
    );
  });
});
