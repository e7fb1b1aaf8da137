import type { QuestionRef } from './content/refs';
import type { Question } from './content/schema';
import type { Receipt } from './receipt';
import { isCorrect } from './scoring';

export interface AssignmentGroup {
  assignment: string;
  title: string;
  className?: string;
  receipts: Receipt[];
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

export interface ItemStats {
  ref: QuestionRef;
  question: Question;
  asked: number;
  correct: number;
  /** The wrong answer most students chose, as choice texts, with how many chose it. */
  commonWrong: { text: string; count: number } | null;
}

/** Per question: how many got it right, and the most common wrong answer, for the teacher to discuss. */
export function itemAnalysis(receipts: readonly Receipt[], lookup: ReadonlyMap<QuestionRef, Question>): ItemStats[] {
  const refs = [...new Set(receipts.flatMap((r) => r.questions))];
  return refs.flatMap((ref) => {
    const question = lookup.get(ref);
    if (!question) return [];
    const answers = receipts.flatMap((r) => {
      const i = r.questions.indexOf(ref);
      return i < 0 ? [] : [r.answers[i] ?? []];
    });
    const wrong = new Map<string, number>();
    for (const answer of answers.filter((a) => !isCorrect(question, a))) {
      const text =
        question.choices
          .filter((c) => answer.includes(c.id))
          .map((c) => c.text)
          .join('; ') || 'No answer';
      wrong.set(text, (wrong.get(text) ?? 0) + 1);
    }
    const [text, count] = [...wrong.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    return [
      {
        ref,
        question,
        asked: answers.length,
        correct: answers.length - [...wrong.values()].reduce((sum, n) => sum + n, 0),
        commonWrong: text === undefined ? null : { text, count: count ?? 0 },
      },
    ];
  });
}

export function minutesTaken(receipt: Pick<Receipt, 'startedAt' | 'finishedAt'>): number {
  return Math.max(1, Math.round((receipt.finishedAt - receipt.startedAt) / 60000));
}
