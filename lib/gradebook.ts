import type { QuestionRef } from './content/refs';
import { endOfDue } from './days';
import type { Question } from './content/schema';
import type { Receipt } from './receipt';
import type { GivenAnswer } from './speakerMixUps';
import { isCorrect } from './scoring';

export interface AssignmentGroup {
  assignment: string;
  title: string;
  className?: string;
  /** The due date (YYYY-MM-DD) the results carry, or the kept assignment's. */
  due?: string;
  receipts: Receipt[];
}

/** Handed in after the end of the due date, in the teacher's local time. */
export function isLate(receipt: Pick<Receipt, 'finishedAt'>, due: string | undefined): boolean {
  return due !== undefined && receipt.finishedAt >= endOfDue(due);
}

export interface ClassStats {
  /** Percentages right, rounded to whole numbers. */
  mean: number;
  median: number;
  lowest: number;
  highest: number;
}

/** The class's mean, median and range of percentages right; null with no results. */
export function classStats(receipts: readonly Pick<Receipt, 'correct' | 'questions'>[]): ClassStats | null {
  if (receipts.length === 0) return null;
  const scores = receipts.map((r) => (r.correct / r.questions.length) * 100).sort((a, b) => a - b);
  const middle = Math.floor(scores.length / 2);
  const median = scores.length % 2 === 1 ? scores[middle]! : (scores[middle - 1]! + scores[middle]!) / 2;
  return {
    mean: Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length),
    median: Math.round(median),
    lowest: Math.round(scores[0]!),
    highest: Math.round(scores[scores.length - 1]!),
  };
}

/** Receipts by assignment, newest assignment first, students by name. */
export function groupByAssignment(receipts: readonly Receipt[]): AssignmentGroup[] {
  const groups = new Map<string, AssignmentGroup>();
  for (const receipt of receipts) {
    const group = groups.get(receipt.assignment) ?? {
      assignment: receipt.assignment,
      title: receipt.title ?? 'Untitled assignment',
      className: receipt.className,
      receipts: [],
    };
    group.due ??= receipt.due;
    group.receipts.push(receipt);
    groups.set(receipt.assignment, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, receipts: group.receipts.sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => latest(b) - latest(a));
}

function latest(group: AssignmentGroup): number {
  return Math.max(...group.receipts.map((r) => r.finishedAt));
}

/** An answer in the words the student saw: the choices' texts, in the question's order. */
export function answerText(question: Pick<Question, 'choices'>, choiceIds: readonly string[]): string {
  return (
    question.choices
      .filter((c) => choiceIds.includes(c.id))
      .map((c) => c.text)
      .join('; ') || 'No answer'
  );
}

export interface ItemStats {
  ref: QuestionRef;
  question: Question;
  asked: number;
  correct: number;
  /** The wrong answer most students chose, as choice texts, with how many chose it. */
  commonWrong: { text: string; count: number } | null;
}

/**
 * Per question: how many got it right, and the most common wrong answer, for the teacher to discuss. One pass over
 * the answers, each distinct wrong answer put in words once: a district's 10,000 results are read in one render.
 */
export function itemAnalysis(receipts: readonly Receipt[], lookup: ReadonlyMap<QuestionRef, Question>): ItemStats[] {
  const tallies = new Map<QuestionRef, { question: Question; asked: number; wrong: Map<string, number> }>();
  const wordsOf = new Map<QuestionRef, Map<string, string>>();
  for (const receipt of receipts) {
    receipt.questions.forEach((ref, i) => {
      const question = lookup.get(ref);
      if (!question) return;
      const tally = tallies.get(ref) ?? { question, asked: 0, wrong: new Map<string, number>() };
      tallies.set(ref, tally);
      tally.asked += 1;
      const answer = receipt.answers[i] ?? [];
      if (isCorrect(question, answer)) return;
      const words = wordsOf.get(ref) ?? new Map<string, string>();
      wordsOf.set(ref, words);
      const key = answer.join('\n');
      const text = words.get(key) ?? answerText(question, answer);
      words.set(key, text);
      tally.wrong.set(text, (tally.wrong.get(text) ?? 0) + 1);
    });
  }
  return [...tallies].map(([ref, { question, asked, wrong }]) => {
    const [text, count] = [...wrong.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    return {
      ref,
      question,
      asked,
      correct: asked - [...wrong.values()].reduce((sum, n) => sum + n, 0),
      commonWrong: text === undefined ? null : { text, count: count ?? 0 },
    };
  });
}

export function minutesTaken(receipt: Pick<Receipt, 'startedAt' | 'finishedAt'>): number {
  return Math.max(1, Math.round((receipt.finishedAt - receipt.startedAt) / 60000));
}

/** A class fits whole; a district's paste of thousands shows its first rows until asked, so the page stays quick. */
export const ROWS_SHOWN = 200;

export type ResultOrder = 'name' | 'score' | 'time' | 'handed-in';

/**
 * Which way each order runs first: names A to Z; best score, longest time and latest hand-in first, since those
 * are what a teacher looks for.
 */
export const FIRST_DIRECTION: Record<ResultOrder, 'ascending' | 'descending'> = {
  name: 'ascending',
  score: 'descending',
  time: 'descending',
  'handed-in': 'descending',
};

/** The class's results in the order the teacher asked for, run the other way when `reversed`. */
export function sortResults(receipts: readonly Receipt[], order: ResultOrder, reversed = false): Receipt[] {
  const byName = (a: Receipt, b: Receipt) => a.name.localeCompare(b.name);
  const compare: Record<ResultOrder, (a: Receipt, b: Receipt) => number> = {
    name: byName,
    score: (a, b) => b.correct / b.questions.length - a.correct / a.questions.length || byName(a, b),
    time: (a, b) => b.finishedAt - b.startedAt - (a.finishedAt - a.startedAt) || byName(a, b),
    'handed-in': (a, b) => b.finishedAt - a.finishedAt || byName(a, b),
  };
  const sorted = [...receipts].sort(compare[order]);
  return reversed ? sorted.reverse() : sorted;
}

/**
 * Every answer in these results, with its question, for what looks across a class (lib/speakerMixUps.ts): one at
 * a time, since a district's results hold hundreds of thousands.
 */
export function* answersIn(
  receipts: readonly Receipt[],
  lookup: ReadonlyMap<QuestionRef, Question>,
): Generator<GivenAnswer> {
  for (const receipt of receipts)
    for (const [index, ref] of receipt.questions.entries())
      yield { ref, question: lookup.get(ref), chosen: receipt.answers[index] ?? [] };
}
