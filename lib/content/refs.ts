import type { Question, Quiz } from './schema';

/** A question's address across quizzes: "quiz-id/question-id". Ids are stable, so refs are too. */
export type QuestionRef = string;

export function questionRef(quizId: string, questionId: string): QuestionRef {
  return `${quizId}/${questionId}`;
}

/** Every question of a quiz, as refs, in the quiz's order. */
export function quizRefs(quiz: Pick<Quiz, 'id'> & { questions: readonly Pick<Question, 'id'>[] }): QuestionRef[] {
  return quiz.questions.map((q) => questionRef(quiz.id, q.id));
}

/** Each question by its ref, in whatever form the quizzes hold it (whole, or as a page lists it). */
export function questionLookup<Q extends Pick<Question, 'id'>>(
  quizzes: readonly { id: string; questions: readonly Q[] }[],
): Map<QuestionRef, Q> {
  return new Map(quizzes.flatMap((quiz) => quiz.questions.map((q) => [questionRef(quiz.id, q.id), q] as const)));
}
