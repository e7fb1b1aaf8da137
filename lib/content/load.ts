import fs from 'node:fs';
import path from 'node:path';
import { glossaryForms, glossaryTermsIn as findTerms } from '../glossary';
import { validateBank } from './bank';
import { LEDGER_FILE, LedgerSchema, type Ledger } from './ledger';
import {
  ClaimsSchema,
  describeIssues,
  glossaryFileSchema,
  passagesFileSchema,
  quizFileSchema,
  type Claim,
  type GlossaryEntry,
  type Passage,
  type Quiz,
} from './schema';
import { SOURCE_IDS, type SourceId } from './sources';
import { splitParagraphs } from './text';

/**
 * Reads content at build time. Anything invalid throws with every problem named, so a
 * broken quiz file, or a bank that breaks a rule across files, fails the build instead of
 * reaching a student.
 */

/** The JSON files in quizzes/ that are not quizzes. */
const NOT_QUIZZES = new Set(['claims.json', 'glossary.json', 'ids-ledger.json', 'passages.json', 'quiz.schema.json']);

export function loadSourceParagraphs(id: SourceId): string[] {
  return splitParagraphs(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'sources', `${id}.txt`), 'utf8'));
}

export function loadClaims(): Claim[] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'claims.json'), 'utf8'));
  const parsed = ClaimsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues('quizzes/claims.json', raw, parsed.error.issues));
  return parsed.data;
}

export function loadGlossary(): GlossaryEntry[] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'glossary.json'), 'utf8'));
  const parsed = glossaryFileSchema(loadSourceTexts()).safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues('quizzes/glossary.json', raw, parsed.error.issues));
  return parsed.data;
}

/** Who speaks in each passage of a source that is not NPR's narration, checked against the source's text. */
export function loadPassages(id: SourceId): Passage[] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'passages.json'), 'utf8'));
  const parsed = passagesFileSchema(loadSourceTexts()).safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues('quizzes/passages.json', raw, parsed.error.issues));
  return parsed.data[id] ?? [];
}

/**
 * The glossary entries that stand in `texts`, with only what marks a word, for a page to hand down: its definition
 * is fetched when the word is opened (app/glossary.json).
 */
export function glossaryTermsIn(texts: string[]): Pick<GlossaryEntry, 'id' | 'term' | 'also'>[] {
  const glossary = loadGlossary();
  const used = new Set(findTerms(texts, glossary.map(glossaryForms)));
  return glossary.filter((entry) => used.has(entry.id)).map(({ id, term, also }) => ({ id, term, also }));
}

/** The texts of a quiz that mark glossary terms: its prompts and explanations. */
export const quizTexts = (quiz: Quiz) => quiz.questions.flatMap((q) => [q.prompt, q.explanation]);

export function quizFileNames(): string[] {
  return fs
    .readdirSync(path.join(process.cwd(), 'quizzes'))
    .filter((name) => name.endsWith('.json') && !NOT_QUIZZES.has(name))
    .sort();
}

export function loadLedger(): Ledger {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'ids-ledger.json'), 'utf8'));
  const parsed = LedgerSchema.safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues(LEDGER_FILE, raw, parsed.error.issues));
  return parsed.data;
}

export function loadSourceTexts(): Record<string, string[]> {
  return Object.fromEntries(SOURCE_IDS.map((id) => [id, loadSourceParagraphs(id)]));
}

/** A quiz file checked by every rule of one file; `file` is where it is, when not in quizzes/ (npm run check-quiz). */
export function parseQuizFile(fileName: string, file = path.join('quizzes', fileName)): Quiz {
  const label = file;
  let raw: unknown;
  try {
    // The file may be anywhere (npm run check-quiz): the build's file tracing must not follow it into the whole project.
    raw = JSON.parse(fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), file), 'utf8'));
  } catch (error) {
    throw new Error(`${label}: not valid JSON: ${(error as Error).message}`);
  }
  const schema = quizFileSchema({
    fileId: fileName.replace(/\.json$/, ''),
    sourceParagraphs: loadSourceTexts(),
    claimIds: loadClaims().map((c) => c.id),
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues(label, raw, parsed.error.issues));
  // The $schema pointer is for editors; pages need not ship it.
  const quiz = { ...parsed.data };
  delete quiz.$schema;
  return quiz;
}

const LEVEL_ORDER = { intro: 0, core: 1, challenge: 2 } as const;

let cache: Quiz[] | undefined;

/**
 * Every quiz, easiest first, once the whole bank has passed `validateBank`; cached because every
 * prerendered page asks.
 */
export function loadQuizzes(): Quiz[] {
  cache ??= loadBank()
    .map(({ quiz }) => quiz)
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return cache;
}

/** Each quiz file, parsed, with its name, after the rules across files have passed. */
export function loadBank(): { fileName: string; quiz: Quiz }[] {
  const quizzes = quizFileNames().map((name) => ({ fileName: `quizzes/${name}`, quiz: parseQuizFile(name) }));
  validateBank({ quizzes, claims: loadClaims(), sourceParagraphs: loadSourceTexts(), ledger: loadLedger() });
  return quizzes;
}

export function getQuiz(id: string): Quiz | undefined {
  return loadQuizzes().find((quiz) => quiz.id === id);
}
