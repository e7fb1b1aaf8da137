import type { Question, Quiz } from './schema';

/**
 * A quiz as a page that counts and names its questions sees it: no prompt, choice, quote or explanation. Pages that
 * only list progress (how many questions, which ones, under which title and topic) are handed this, so their
 * prerendered payload carries a few bytes a question rather than the whole bank.
 */
export interface QuizOutline extends Pick<Quiz, 'id' | 'title' | 'topic'> {
  questions: Pick<Question, 'id'>[];
}

export function quizOutlines(quizzes: readonly Quiz[]): QuizOutline[] {
  return quizzes.map(({ id, title, topic, questions }) => ({
    id,
    title,
    topic,
    questions: questions.map((q) => ({ id: q.id })),
  }));
}
