import { toCsv } from './csv';
import { minutesTaken, type AssignmentGroup } from './gradebook';
import { percentage } from './scoring';

/** Loaded when a teacher downloads a CSV, so the gradebook page does not carry the formula guard until then. */
export function gradebookCsv(group: AssignmentGroup): string {
  return toCsv([
    ['Name', 'Right', 'Questions', 'Percent', 'Minutes taken', 'Submitted'],
    ...group.receipts.map((r) => [
      r.name,
      r.correct,
      r.questions.length,
      percentage({ correct: r.correct, total: r.questions.length }),
      minutesTaken(r),
      new Date(r.finishedAt).toISOString(),
    ]),
  ]);
}
