import { endOfDue } from './days';
import type { Question } from './content/schema';
import type { Receipt } from './receipt';

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

export function minutesTaken(receipt: Pick<Receipt, 'startedAt' | 'finishedAt'>): number {
  return Math.max(1, Math.round((receipt.finishedAt - receipt.startedAt) / 60000));
}

/**
 * A class fits whole (two or three sections of one assignment too); a district's paste of thousands shows its first
 * rows until asked, so the page stays quick: drawing 200 rows after an import of 10,000 was a task of over 100 ms.
 */
export const ROWS_SHOWN = 100;

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
