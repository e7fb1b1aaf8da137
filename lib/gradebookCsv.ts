import type { QuestionRef } from './content/refs';
import type { Question } from './content/schema';
import { toCsv } from './csv';
import { answerText, isLate, minutesTaken, type AssignmentGroup } from './gradebook';
import { isCorrect, percentage } from './scoring';

/** Every question any student in the group was asked, in the quizzes' order, whatever order each student had. */
function questionsOf(group: AssignmentGroup, lookup: ReadonlyMap<QuestionRef, Question>): QuestionRef[] {
  const order = new Map([...lookup.keys()].map((ref, index) => [ref, index]));
  const position = (ref: QuestionRef) => order.get(ref) ?? order.size;
  return [...new Set(group.receipts.flatMap((r) => r.questions))].sort((a, b) => position(a) - position(b));
}

/**
 * One row a student, one pair of columns a question (the choice made, right or wrong), and what the row is of:
 * class, assignment, due date, when it was handed in and whether late. Loaded when a teacher downloads a CSV, so
 * the gradebook page does not carry the formula guard until then.
 */
export function gradebookCsv(group: AssignmentGroup, lookup: ReadonlyMap<QuestionRef, Question>): string {
  const refs = questionsOf(group, lookup);
  return toCsv([
    [
      'Name',
      'Class',
      'Assignment',
      'Due',
      'Right',
      'Questions',
      'Percent',
      'Minutes taken',
      'Handed in',
      'Late',
      ...refs.flatMap((ref, index) => [`Q${index + 1} ${ref} choice`, `Q${index + 1} right or wrong`]),
    ],
    ...group.receipts.map((r) => [
      r.name,
      group.className ?? '',
      group.title,
      group.due ?? '',
      r.correct,
      r.questions.length,
      percentage({ correct: r.correct, total: r.questions.length }),
      minutesTaken(r),
      new Date(r.finishedAt).toISOString(),
      isLate(r, group.due) ? 'late' : '',
      ...refs.flatMap((ref) => {
        const index = r.questions.indexOf(ref);
        const question = lookup.get(ref);
        if (index < 0 || !question) return ['', ''];
        const chosen = r.answers[index] ?? [];
        return [answerText(question, chosen), isCorrect(question, chosen) ? 'right' : 'wrong'];
      }),
    ]),
  ]);
}
