import './zodConfig';
import { z } from 'zod';
import {
  groundingProblems,
  QUESTION_TYPES,
  QuestionSchema,
  quizFileSchema,
  type Question,
  type Quiz,
} from './content/schema';
import { SOURCE_IDS, type SourceId } from './content/sources';
import { QUOTE_SPEAKERS, SPEAKERS, type SpeakerId } from './content/speakers';
import { startingChoices, type ChoiceStart } from './startingChoices';

/** A question the teacher wrote, as their device keeps it; `version` is the record's shape, for a later migrate. */
export const TeacherQuestionRecordSchema = z.object({
  version: z.literal(1),
  question: QuestionSchema,
  updatedAt: z.number().int().nonnegative(),
});
export type TeacherQuestionRecord = z.infer<typeof TeacherQuestionRecordSchema>;

/** The one record shape so far; a version 2 adds its step here, and every record read goes through it. */
export function migrateTeacherQuestion(record: unknown): unknown {
  return record;
}

/** The quiz a teacher's questions download as, and are opened back from. */
export const MY_QUIZ_ID = 'my-questions';

/** The teacher's own questions are told from the bank's by their id: never a bank id, so the bank is untouched. */
export function newQuestionId(random: () => number = Math.random): string {
  return `mine-${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

/** The words of a paragraph, each with where it starts and ends: the keyboard's way to choose a passage. */
export function wordsOf(paragraph: string): { start: number; end: number; text: string }[] {
  return [...paragraph.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * The quote a selection makes: the paragraph's own characters from the first word the selection touches to the
 * last, so a quote can only ever be the source's words, never a word cut in half or a space at either end. The
 * article's quotation marks at either end are left out, as the bank's quotes leave them: they are not words.
 */
export function quoteFromSelection(
  paragraph: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } | null {
  if (end <= start) return null;
  const touched = wordsOf(paragraph).filter((word) => word.end > start && word.start < end);
  const first = touched[0];
  const last = touched.at(-1);
  if (!first || !last) return null;
  const words = paragraph.slice(first.start, last.end);
  const opening = /^["“”]*/.exec(words)?.[0].length ?? 0;
  const closing = /["“”]*$/.exec(words.slice(opening))?.[0].length ?? 0;
  const marks = (text: string) => (text.match(/["“”]/g) ?? []).length;
  // A mark at an end is left out only with its pair: "He said, “the report.”" keeps both of its marks.
  const cut = ([from, to]: [number, number]) => words.slice(from, words.length - to);
  const [from, to] = (
    [
      [opening, closing],
      [opening, 0],
      [0, closing],
      [0, 0],
    ] as [number, number][]
  ).find((ends) => marks(cut(ends)) % 2 === 0 && cut(ends) !== '') ?? [0, 0];
  const text = cut([from, to]);
  if (text.replace(/["“”]/g, '').trim() === '') return null;
  return { text, start: first.start + from, end: last.end - to };
}

/**
 * Who speaks in the chosen words by the rule the schema enforces: inside the article's quotation marks, the report;
 * outside, officials where the sentence names them, and otherwise NPR.
 */
export function suggestSpeaker(
  quote: { text: string; paragraph: number; sourceId: SourceId },
  sourceParagraphs: Record<string, string[]>,
): (typeof QUOTE_SPEAKERS)[number] {
  const fits = (speaker: (typeof QUOTE_SPEAKERS)[number]) =>
    groundingProblems({ ...quote, speaker }, sourceParagraphs).length === 0;
  return (['report', 'us-officials', 'election-officials'] as const).find(fits) ?? 'npr';
}

/** A new question on the bank starts from the report's findings and every speaker. */
export const BANK_CHOICE_START: ChoiceStart = {
  finding: 'A finding of the intelligence report',
  speakers: (Object.keys(SPEAKERS) as SpeakerId[]).map((id) => ({ id, text: SPEAKERS[id].choice })),
};

/** A new question to write, of a type, on a source. */
export function blankQuestion(id: string, sourceId: SourceId, type: Question['type'] = 'single'): Question {
  return {
    id,
    type,
    prompt: '',
    choices: startingChoices(type, BANK_CHOICE_START),
    answer: [],
    explanation: '',
    quote: { text: '', sourceId, speaker: 'npr', paragraph: 1 },
    claims: [],
  };
}

/** A bank question to adapt: the teacher's own from now on, under a new id, the bank's left as it is. */
export function adaptedQuestion(question: Question, id: string): Question {
  return structuredClone({ ...question, id });
}

/**
 * A question being written, as the page keeps it between reloads: any stage of unfinished, but never more than a
 * question can hold, and never anything but text where text goes.
 */
const DraftSchema = z.object({
  id: z.string().regex(/^mine-[a-z0-9]{8}$/),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string().max(600),
  choices: z.array(z.object({ id: z.string().max(40), text: z.string().max(300) })).max(8),
  answer: z.array(z.string().max(40)).max(8),
  explanation: z.string().max(1200),
  quote: z.object({
    text: z.string().max(1200),
    sourceId: z.enum(SOURCE_IDS),
    speaker: z.enum(QUOTE_SPEAKERS),
    paragraph: z.number().int().positive(),
  }),
  claims: z.array(z.string().max(80)).max(20),
  list: z
    .array(z.object({ choice: z.string().max(40), words: z.string().max(300) }))
    .max(8)
    .optional(),
});

/** The question a teacher left unfinished, or null when what is kept is not one (or was damaged). */
export function readDraft(raw: string | null): Question | null {
  if (raw === null) return null;
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface QuestionContext {
  sourceParagraphs: Record<string, string[]>;
  claimIds: readonly string[];
}

/** The teacher's questions as a quiz file, in the bank's format: one that passes may join quizzes/ as it is. */
export function myQuizFile(questions: readonly Question[]): Quiz {
  return {
    id: MY_QUIZ_ID,
    title: 'My questions',
    summary: 'Questions written in SourceCheck on the source, each quoting its exact words.',
    topic: 'Written by a teacher',
    level: 'core',
    questions: [...questions],
  };
}

/** Zod's own words for an empty or overlong field, said as a teacher would want them; the bank's rules speak already. */
function inWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') return issue.origin === 'array' ? 'choose at least one' : 'write this';
  if (issue.code === 'too_big') return `too long: at most ${String(issue.maximum)}`;
  return issue.message;
}

/**
 * What is wrong with a question, by the bank's own schema and its rules against the source (the quote verbatim in
 * its paragraph, its speaker, its claims, quoted words in the explanation), keyed by the field a message belongs
 * beside: "prompt", "choices", "answer", "explanation", "quote", "claims".
 */
export function questionProblems(question: Question, context: QuestionContext): Record<string, string[]> {
  const parsed = quizFileSchema({ fileId: MY_QUIZ_ID, ...context }).safeParse(myQuizFile([question]));
  const problems: Record<string, string[]> = {};
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const [, , field = 'question', ...rest] = issue.path.map(String);
    const where = field === 'list' ? 'answer' : field;
    const said = inWords(issue);
    const message = rest.length > 0 && field === 'choices' ? `choice ${Number(rest[0]) + 1}: ${said}` : said;
    if (!problems[where]?.includes(message)) (problems[where] ??= []).push(message);
  }
  return problems;
}

/**
 * A quiz file opened back in: each question checked on its own, so one that fails is named and the rest are kept.
 * The file's text is untrusted; nothing of it is used but what the schema passes.
 */
export function readQuizFile(
  text: string,
  context: QuestionContext,
  kept: ReadonlySet<string> = new Set(),
): { questions: Question[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { questions: [], problems: ['This file is not a quiz file: it is not JSON.'] };
  }
  const list = (raw as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(list)) return { questions: [], problems: ['This file holds no questions.'] };
  const questions: Question[] = [];
  const problems: string[] = [];
  list.forEach((item, index) => {
    const parsed = QuestionSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(`Question ${index + 1} was not opened: it is not a question.`);
      return;
    }
    const { id } = parsed.data;
    const messages = Object.entries(questionProblems(parsed.data, context)).flatMap(([field, found]) =>
      found.map((m) => `${field}: ${m}`),
    );
    if (!/^mine-[a-z0-9]{8}$/.test(id)) messages.unshift('it is not a question of yours (its id is the bank’s)');
    else if (questions.some((q) => q.id === id)) messages.unshift('the file holds it twice');
    else if (kept.has(id)) messages.unshift('it is already on this device, and the one here was kept as it is');
    if (messages.length === 0) questions.push(parsed.data);
    else problems.push(`Question ${index + 1} was not opened: ${messages[0]}.`);
  });
  return { questions, problems };
}
