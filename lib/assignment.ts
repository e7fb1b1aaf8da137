import './zodConfig';
import * as z from 'zod/mini';
import { questionLookup, questionRef, type QuestionRef } from './content/refs';
import type { Article } from './content/article';
import type { Question, Quiz } from './content/schema';
import { plainText } from './plainText';
import { withFewerChoices } from './fewerChoices';
import { shuffledChoices } from './questionTypes';
import { decodeToken, encodeToken, type TokenFailure, type TokenKind } from './token';
import { hashHex, hashString } from './hash';
import { seededRandom, shuffle } from './shuffle';

export const ASSIGNMENT_VERSION = 1;
/** Longer than any link the builder makes; anything longer is refused unread. */
export const MAX_ASSIGNMENT_LENGTH = 6000;
/** Format 2 of the link carries the teacher's own questions (lib/ownAssignmentLink.ts). */
export const OWN_ASSIGNMENT_VERSION = 2;

/** One entry per quiz: the quiz id alone for all its questions, or "quiz:q1,q2" for some. */
const Selection = z.string().check(z.regex(/^[a-z0-9-]{1,64}(?::[a-z0-9-]{1,64}(?:,[a-z0-9-]{1,64})*)?$/));

export const AssignmentSchema = z.strictObject({
  version: z.literal(ASSIGNMENT_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9]{8}$/)),
  questions: z.array(Selection).check(z.minLength(1), z.maxLength(20)),
  draw: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
  shuffleQuestions: z.boolean(),
  shuffleChoices: z.boolean(),
  /** The "fewer choices" accommodation: one wrong choice out of each question of four or more (lib/fewerChoices.ts). */
  fewerChoices: z.optional(z.literal(true)),
  feedback: z.enum(['practice', 'assessment']),
  /** An assessment whose answers and quotes stay closed to its students, handed in or not, until its due date ends. */
  answersAfterDue: z.optional(z.literal(true)),
  // Links made before control characters were dropped are read with them as spaces, not refused.
  title: z.optional(z.string().check(z.overwrite(plainText), z.minLength(1), z.maxLength(100))),
  className: z.optional(z.string().check(z.overwrite(plainText), z.minLength(1), z.maxLength(60))),
  due: z.optional(z.iso.date()),
  teacherEmail: z.optional(z.email().check(z.maxLength(120))),
  /** Where finished results go by themselves, sealed to the teacher's public key (lib/sealedResult.ts). */
  dropBox: z.optional(
    z.strictObject({
      id: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
      key: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
    }),
  ),
  contentVersion: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
});

/**
 * The quiz a teacher's own questions form inside an assignment: their refs are "my-questions/mine-…", the id the
 * writer downloads them under (MY_QUIZ_ID in lib/teacherQuestions.ts), never a bank quiz's.
 */
export const OWN_QUIZ_ID = 'my-questions';
/** As many of them as one link carries. */
export const MAX_OWN_QUESTIONS = 30;
/** One article of the teacher's own a link: a student's page shows one article's quotes (QuotedArticle). */
export const MAX_LINKED_ARTICLES = 1;

/**
 * An assignment as the app holds it: the link's settings and, when the teacher wrote some, their own questions, and
 * the article of the teacher's own that some of them quote. A question on such an article is held as a Question
 * whose quote's sourceId is the article's id (lib/content/article.ts): QuoteBlock tells the two apart.
 */
export type Assignment = z.infer<typeof AssignmentSchema> & { ownQuestions?: Question[]; articles?: Article[] };

/** The quiz an assignment's own questions make, beside the bank's; none without them. */
export function ownQuizzes(assignment: Pick<Assignment, 'ownQuestions'>): Quiz[] {
  const questions = assignment.ownQuestions ?? [];
  return questions.length === 0
    ? []
    : [
        {
          id: OWN_QUIZ_ID,
          title: 'Your teacher’s own questions',
          summary: 'Written by the teacher on the source, each quoting its exact words.',
          topic: 'Written by a teacher',
          level: 'core',
          questions,
        },
      ];
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

const ASSIGNMENT_TOKEN: TokenKind<Assignment> = {
  prefix: 'a',
  version: ASSIGNMENT_VERSION,
  maxLength: MAX_ASSIGNMENT_LENGTH,
  schema: AssignmentSchema,
};

/** The link's token of a bank-only assignment: format 1, the same link as before own questions existed. */
export function encodeAssignment(assignment: Assignment): string {
  if (assignment.ownQuestions)
    throw new TypeError('An assignment with its own questions is encoded by encodeAssignmentLink.');
  return encodeToken(ASSIGNMENT_TOKEN, assignment);
}

/** Whether a token is of format 2, which only decodeAssignmentLink reads. */
export function carriesOwnQuestions(token: string): boolean {
  return token.trim().startsWith(`a${OWN_ASSIGNMENT_VERSION}.`);
}

export const ASSIGNMENT_FAILURES: Record<TokenFailure['failure'], string> = {
  'too-long': 'The link is far too long to be an assignment.',
  'not-a-token': 'This is not an assignment link.',
  newer: 'This assignment was made with a newer version of SourceCheck. Reload the page to update.',
  damaged: 'The link is cut short or damaged. Ask your teacher to send it again.',
  invalid: 'The link does not describe a valid assignment.',
};

/** Everything that can go wrong with a link a student was sent gets a reason a student can read. */
export function decodeAssignment(token: string): Decoded<Assignment> {
  const read = decodeToken(ASSIGNMENT_TOKEN, token);
  return read.ok ? read : { ok: false, reason: ASSIGNMENT_FAILURES[read.failure] };
}

/** Expands the assignment's selections into question refs, in quiz order; unknown quizzes or questions are an error. */
export function assignmentPool(
  assignment: Pick<Assignment, 'questions'>,
  quizzes: readonly Quiz[],
): Decoded<QuestionRef[]> {
  const refs: QuestionRef[] = [];
  for (const selection of assignment.questions) {
    const [quizId = '', picked] = selection.split(':');
    const quiz = quizzes.find((q) => q.id === quizId);
    if (!quiz) return { ok: false, reason: `The assignment asks for a quiz (“${quizId}”) this site does not have.` };
    const ids = picked ? picked.split(',') : quiz.questions.map((q) => q.id);
    const missing = ids.find((id) => !quiz.questions.some((q) => q.id === id));
    if (missing)
      return {
        ok: false,
        reason: `The assignment asks for a question (“${missing}”) that is no longer in “${quiz.title}”.`,
      };
    refs.push(...ids.map((id) => questionRef(quiz.id, id)));
  }
  return { ok: true, value: [...new Set(refs)] };
}

/** The selections for a pool of refs: a whole quiz is written as its id alone, which keeps links short. */
export function selectionsFor(refs: readonly QuestionRef[], quizzes: readonly Quiz[]): string[] {
  return quizzes.flatMap((quiz) => {
    const ids = quiz.questions.map((q) => q.id).filter((id) => refs.includes(questionRef(quiz.id, id)));
    if (ids.length === 0) return [];
    return ids.length === quiz.questions.length ? [quiz.id] : [`${quiz.id}:${ids.join(',')}`];
  });
}

/**
 * A fingerprint of what makes answers right or wrong: the questions, their choices and their answer keys.
 * A receipt made against other content can then be told apart instead of being graded wrongly.
 */
export function contentVersion(refs: readonly QuestionRef[], lookup: ReadonlyMap<QuestionRef, Question>): string {
  const fingerprint = refs.map((ref) => {
    const question = lookup.get(ref);
    if (!question) return [ref, null];
    // A teacher's own question keeps its choice ids when its words are rewritten, so the words count too.
    const own = ref.startsWith(`${OWN_QUIZ_ID}/`);
    return [ref, question.choices.map((c) => (own ? [c.id, c.text] : c.id)), question.answer];
  });
  return hashHex(JSON.stringify(fingerprint));
}

/** Names typed with other spacing or capitals are the same student. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function studentSeed(assignment: Pick<Assignment, 'id'>, name: string, salt = ''): number {
  return hashString(`${assignment.id}\n${normalizeName(name)}\n${salt}`);
}

/** The passage a question quotes: its source and paragraph. */
function passageOf(ref: QuestionRef, lookup: ReadonlyMap<QuestionRef, Question>): string {
  const quote = lookup.get(ref)?.quote;
  return quote ? `${quote.sourceId}#${quote.paragraph}` : ref;
}

/** How many different passages a pool quotes: a draw of more than that must give some student two of one. */
export function passagesIn(pool: readonly QuestionRef[], lookup: ReadonlyMap<QuestionRef, Question>): number {
  return new Set(pool.map((ref) => passageOf(ref, lookup))).size;
}

/**
 * The questions one student gets, and their order: drawn and shuffled from a seed of the
 * assignment and the student's name, so the same link and name always give the same quiz.
 * A draw takes at most one question a passage while the pool has passages enough, since the
 * quote shown with one question answers the others on the same words.
 */
export function studentQuestions(
  assignment: Pick<Assignment, 'id' | 'draw' | 'shuffleQuestions'>,
  pool: readonly QuestionRef[],
  name: string,
  lookup: ReadonlyMap<QuestionRef, Question>,
): QuestionRef[] {
  const random = seededRandom(studentSeed(assignment, name));
  const drawn =
    assignment.draw && assignment.draw < pool.length
      ? drawOnePerPassage(shuffle(pool, random), assignment.draw, lookup)
      : null;
  const chosen = drawn ? pool.filter((ref) => drawn.has(ref)) : [...pool];
  return assignment.shuffleQuestions ? shuffle(chosen, random) : chosen;
}

/** The first `count` of a shuffled pool, skipping a second question on a passage until no new passage is left. */
function drawOnePerPassage(
  shuffled: readonly QuestionRef[],
  count: number,
  lookup: ReadonlyMap<QuestionRef, Question>,
): Set<QuestionRef> {
  const passages = new Set<string>();
  const first = shuffled.filter((ref) => {
    const passage = passageOf(ref, lookup);
    if (passages.has(passage)) return false;
    passages.add(passage);
    return true;
  });
  const rest = shuffled.filter((ref) => !first.includes(ref));
  return new Set([...first, ...rest].slice(0, count));
}

export function studentChoices(
  assignment: Pick<Assignment, 'id' | 'shuffleChoices' | 'fewerChoices'>,
  ref: QuestionRef,
  question: Question,
  name: string,
): Question['choices'] {
  const offered = assignment.fewerChoices ? withFewerChoices(question, `${assignment.id}:${name}`) : question;
  return assignment.shuffleChoices ? shuffledChoices(offered, studentSeed(assignment, name, ref)) : offered.choices;
}

export function newAssignmentId(random: () => number = Math.random): string {
  return Array.from({ length: 8 }, () => 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32)]).join('');
}

/**
 * The questions each assignment's results are checked against: the bank's, with the teacher's own that its link
 * carried (kept with the assignment on this device), so a question edited later never regrades an earlier class.
 */
export function resultLookups(
  quizzes: readonly Quiz[],
  own: ReadonlyMap<string, Pick<Assignment, 'ownQuestions'>>,
): (assignment: string) => ReadonlyMap<QuestionRef, Question> {
  const bank = questionLookup(quizzes);
  const byAssignment = new Map(
    [...own].map(([id, carried]) => [id, questionLookup([...quizzes, ...ownQuizzes(carried)])] as const),
  );
  return (assignment) => byAssignment.get(assignment) ?? bank;
}
