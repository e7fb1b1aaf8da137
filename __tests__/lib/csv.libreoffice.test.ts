/** @jest-environment node */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupByAssignment } from '@/lib/gradebook';
import { gradebookCsv } from '@/lib/gradebookCsv';
import { makeReceipt } from '@/lib/receipt';
import { questionLookup } from '@/lib/content/refs';
import { makeQuestion, makeQuiz } from '../fixtures';

// The unit tests check our idea of what a spreadsheet does; this opens the export in one.
const hostileNames = [
  '=1+1',
  'Semi;=3+3',
  'Tab\t=2+2',
  'Pipe|@SUM(1)',
  '+A1',
  '-2+3',
  '"quoted";=HYPERLINK("x")',
  'Space =4+4',
  'Zoë Ñúñez',
];
const csv = gradebookCsv(
  groupByAssignment(
    hostileNames.map((name) =>
      makeReceipt({
        assignment: 'k3x9mp2a',
        title: 'Warm-up',
        name,
        questions: ['china-and-iran/one'],
        answers: [['considered']],
        correct: 1,
        startedAt: 0,
        finishedAt: 240_000,
        contentVersion: 'deadbeef',
      }),
    ),
  )[0]!,
  questionLookup([makeQuiz([makeQuestion({ id: 'one' })])]),
);

let dir = '';

beforeAll(() => {
  if (spawnSync('soffice', ['--version']).error) {
    throw new Error(
      'LibreOffice (soffice) is not installed: run `bash scripts/ensure-debian.sh soffice libreoffice-calc-nogui`',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'sourcecheck-csv-'));
  writeFileSync(join(dir, 'results.csv'), csv);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Calc's import, as a teacher whose locale splits on `separators` gets it, saved as flat ODS XML.
 * Options, in LibreOffice's CSV filter order: separators as ASCII codes, text delimiter " (34),
 * UTF-8 (76), from line 1, default formats and language, quoted fields not forced to text, no
 * special numbers, two export-only options, trim spaces or not, no sheet, evaluate formulas.
 */
function openInCalc(separators: string, trimSpaces = false): string {
  const codes = [...separators].map((c) => c.charCodeAt(0)).join('/');
  const out = join(dir, codes.replace(/\//g, '-'));
  const options = `${codes},34,76,1,,,false,false,false,false,${trimSpaces},,true`;
  execFileSync(
    'soffice',
    [
      // A profile of its own, so this run neither waits for nor clashes with another LibreOffice.
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      `--infilter=CSV:${options}`,
      '--convert-to',
      'fods',
      '--outdir',
      out,
      join(dir, 'results.csv'),
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return readFileSync(join(out, 'results.fods'), 'utf8');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What each cell shows, row by row: its paragraphs, with ODF's space and tab elements put back. */
function rows(fods: string): string[][] {
  return [...fods.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    // A self-closing cell is an empty one (or a run of them); only cells with content have a body.
    [...row!.matchAll(/<table:table-cell\b[^>]*(?<!\/)>([\s\S]*?)<\/table:table-cell>/g)].map(([, cell]) =>
      [...cell!.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
        .map(([, p]) =>
          unescapeXml(
            p!
              .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
              .replace(/<text:s\/>/g, ' ')
              .replace(/<text:tab\/>/g, '\t')
              .replace(/<[^>]+>/g, ''),
          ),
        )
        .join('\n'),
    ),
  );
}

function formulas(fods: string): string[] {
  return [...fods.matchAll(/table:formula="([^"]*)"/g)].map(([, formula]) => unescapeXml(formula!));
}

jest.setTimeout(120_000);

describe('the gradebook CSV opened in LibreOffice Calc', () => {
  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
    ['space', ' '],
  ])('holds no formula when split on %s', (_, separator) => {
    const fods = openInCalc(separator);
    expect(formulas(fods)).toEqual([]);
    // The byte-order mark is read as one, not left at the front of the first heading.
    expect(rows(fods)[0]![0]).toMatch(/^Name/);
  });

  it('holds no formula when split on all of them at once, with spaces trimmed', () => {
    expect(formulas(openInCalc(',;\t| ', true))).toEqual([]);
  });

  it('shows every name, accents intact, as text a teacher can read when split on commas', () => {
    // Sorted, because the gradebook's name order follows the machine's collation.
    const names = rows(openInCalc(',')).map((cells) => cells[0]);
    expect(names.sort()).toEqual(
      [
        'Name',
        '"quoted";\'=HYPERLINK("x")',
        "'-2+3",
        "'+A1",
        "'=1+1",
        "Pipe|'@SUM(1)",
        "Semi;'=3+3",
        "Space '=4+4",
        "Tab '=2+2",
        'Zoë Ñúñez',
      ].sort(),
    );
  });
});
