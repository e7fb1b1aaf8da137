import type { Assignment } from './assignment';
import { questionLookup, type QuestionRef } from './content/refs';
import type { Question, Quiz } from './content/schema';

// The teacher's own questions as the quiz they form beside the bank's, and the questions each result is graded
// against. Apart from lib/assignment.ts (how each student's quiz is drawn from a link), so that the gradebook and
// the scanner load only these.

/**
 * The quiz a teacher's own questions form inside an assignment: their refs are "my-questions/mine-…", the id the
 * writer downloads them under (MY_QUIZ_ID in lib/teacherQuestions.ts), never a bank quiz's.
 */
export const OWN_QUIZ_ID = 'my-questions';

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
