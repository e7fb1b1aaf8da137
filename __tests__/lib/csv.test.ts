import fc from 'fast-check';
import { csvCell, toCsv } from '@/lib/csv';

const LEAD = /^[=+\-@＝＋－＠]/u;
const SEPARATORS = [',', ';', '\t', '|', ' '];

/** How a spreadsheet that ignores our quoting sees a field: spaces trimmed, quotes unwrapped. */
function unwrapped(field: string): string {
  return field.replace(/^[\s"]+/u, '');
}

/** The one value a comma-splitting, quote-aware reader (RFC 4180) gets back from a cell. */
function readCell(cell: string): string {
  if (!cell.startsWith('"')) {
    expect(cell).not.toMatch(/[",\r\n]/);
    return cell;
  }
  expect(cell).toMatch(/^"(?:[^"]|"")*"$/);
  return cell.slice(1, -1).replace(/""/g, '"');
}

// Mostly the characters that matter here, so the hostile cases come up often, plus anything at all.
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'=+-@＝＋－＠,;|\t\r\n\u0085 "\'aë'), maxLength: 12 }),
  fc.string({ unit: 'binary' }),
);

describe('csvCell', () => {
  it('neutralises a cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
  });

  it('neutralises a formula after a separator a spreadsheet may split on', () => {
    expect(csvCell('Semi;=3+3')).toBe(`"Semi;'=3+3"`);
    expect(csvCell('Pipe|@SUM(1)')).toBe(`"Pipe|'@SUM(1)"`);
    expect(csvCell('Comma, -2+3')).toBe(`"Comma, '-2+3"`);
    expect(csvCell('Space +A1')).toBe("Space '+A1");
    expect(csvCell('"quoted";=HYPERLINK("x")')).toBe(`"""quoted"";'=HYPERLINK(""x"")"`);
    expect(csvCell('; "=1')).toBe(`"; ""'=1"`);
  });

  it('turns control characters into spaces, so a tab or line break cannot split the row or the column', () => {
    expect(csvCell('Tab\t=2+2')).toBe("Tab '=2+2");
    expect(csvCell('\t=1')).toBe(`" '=1"`);
    expect(csvCell('Ana\r\nLopez')).toBe('Ana  Lopez');
    expect(csvCell('Ana\u0000\u0085\u007fLopez')).toBe('Ana   Lopez');
  });

  it('leaves names readable', () => {
    expect(csvCell('Anne-Marie')).toBe('Anne-Marie');
    expect(csvCell("O'Brien")).toBe("O'Brien");
    expect(csvCell('Zoë Ñúñez')).toBe('Zoë Ñúñez');
    expect(csvCell('Lopez, Ana')).toBe('"Lopez, Ana"');
    expect(csvCell('Ana')).toBe('Ana');
    expect(csvCell(42)).toBe('42');
  });

  it('gives no spreadsheet a field that starts with a formula, whatever it splits on', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(...SEPARATORS), (name, separator) => {
        for (const field of csvCell(name).split(separator)) expect(unwrapped(field)).not.toMatch(LEAD);
      }),
    );
  });

  it('loses nothing but control characters, and adds nothing but apostrophes', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const read = readCell(csvCell(name));
        expect(read).not.toMatch(/\p{Cc}/u);
        expect(read.replace(/'/g, '')).toBe(name.replace(/\p{Cc}/gu, ' ').replace(/'/g, ''));
      }),
    );
  });

  it('leaves text with no formula lead or control character exactly as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!/[=+\-@＝＋－＠\p{Cc}]/u.test(text));
        expect(readCell(csvCell(text))).toBe(text);
      }),
    );
  });
});

describe('toCsv', () => {
  it('starts the file with one byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('gives no spreadsheet a field that starts with a formula, on any line, whatever it splits on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostile, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...SEPARATORS),
        (rows, separator) => {
          const lines = toCsv(rows)
            .replace(/^\uFEFF/, '')
            .split('\r\n');
          expect(lines).toHaveLength(rows.length + 1);
          for (const field of lines.flatMap((line) => line.split(separator))) {
            expect(unwrapped(field)).not.toMatch(LEAD);
          }
        },
      ),
    );
  });
});
