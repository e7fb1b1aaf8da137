import fs from 'node:fs';
import path from 'node:path';
import { ClaimsSchema, describeIssues, quizFileSchema, type Claim, type Quiz } from './schema';
import { SOURCE_IDS, type SourceId } from './sources';
import { splitParagraphs } from './text';

/**
 * Reads content at build time. Anything invalid throws with every problem named, so a
 * broken quiz file fails the build instead of reaching a student.
 */

export function loadSourceParagraphs(id: SourceId): string[] {
  return splitParagraphs(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'sources', `${id}.txt`), 'utf8'));
}

export function loadClaims(): Claim[] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'claims.json'), 'utf8'));
  const parsed = ClaimsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues('quizzes/claims.json', raw, parsed.error.issues));
  return parsed.data;
}

export function quizFileNames(): string[] {
  return fs
    .readdirSync(path.join(process.cwd(), 'quizzes'))
    .filter((name) => name.endsWith('.json') && name !== 'claims.json')
    .sort();
}

export function parseQuizFile(fileName: string): Quiz {
  const label = `quizzes/${fileName}`;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'quizzes', fileName), 'utf8'));
  } catch (error) {
    throw new Error(`${label}: not valid JSON: ${(error as Error).message}`);
  }
  const schema = quizFileSchema({
    fileId: fileName.replace(/\.json$/, ''),
    sourceParagraphs: Object.fromEntries(SOURCE_IDS.map((id) => [id, loadSourceParagraphs(id)])),
    claimIds: loadClaims().map((c) => c.id),
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues(label, raw, parsed.error.issues));
  return parsed.data;
}

const LEVEL_ORDER = { intro: 0, core: 1, challenge: 2 } as const;

let cache: Quiz[] | undefined;

/** Every quiz, easiest first; cached because every prerendered page asks. */
export function loadQuizzes(): Quiz[] {
  cache ??= quizFileNames()
    .map((name) => parseQuizFile(name))
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return cache;
}

export function getQuiz(id: string): Quiz | undefined {
  return loadQuizzes().find((quiz) => quiz.id === id);
}
