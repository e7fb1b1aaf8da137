import type * as z from 'zod/mini';
import type { AssignmentSchema } from './assignmentLink';
import { questionRef, type QuestionRef } from './content/refs';
import { OWN_QUIZ_ID } from './ownQuizzes';
import type { Article } from './content/article';
import type { QuotedPassage } from './content/outline';
import type { Question, Quiz } from './content/schema';
import { withFewerChoices } from './fewerChoices';
import { shuffledChoices } from './questionTypes';
import { hashHex, hashString } from './hash';
import { seededRandom, shuffle } from './shuffle';

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

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

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
function passageOf(ref: QuestionRef, lookup: ReadonlyMap<QuestionRef, { quote: QuotedPassage }>): string {
  const quote = lookup.get(ref)?.quote;
  return quote ? `${quote.sourceId}#${quote.paragraph}` : ref;
}

/** How many different passages a pool quotes: a draw of more than that must give some student two of one. */
export function passagesIn(
  pool: readonly QuestionRef[],
  lookup: ReadonlyMap<QuestionRef, { quote: QuotedPassage }>,
): number {
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
