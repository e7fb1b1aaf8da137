import type { Question, Quiz } from './schema';

/**
 * A quiz as a page that counts and names its questions sees it: no prompt, choice, quote or explanation. Pages that
 * only list progress (how many questions, which ones, under which title and topic) are handed this, so their
 * prerendered payload carries a few bytes a question rather than the whole bank.
 */
export interface QuizOutline extends Pick<Quiz, 'id' | 'title' | 'topic'> {
  questions: Pick<Question, 'id'>[];
}

/**
 * A quiz as the assignment builder lists it: each question's prompt, to choose it by, and the passage it quotes, to
 * count how many different passages a draw can take from (passagesIn). The builder fetches the whole bank after its
 * page has painted, for the links it makes, so the page carries a list rather than the bank.
 */
export interface QuizListing extends Pick<Quiz, 'id' | 'title' | 'level'> {
  questions: (Pick<Question, 'id' | 'prompt'> & { quote: QuotedPassage })[];
}

/** Where a question's quote stands: enough to tell two passages apart. */
export type QuotedPassage = Pick<Question['quote'], 'sourceId' | 'paragraph'>;

export function quizListings(quizzes: readonly Quiz[]): QuizListing[] {
  return quizzes.map(({ id, title, level, questions }) => ({
    id,
    title,
    level,
    questions: questions.map(({ id, prompt, quote: { sourceId, paragraph } }) => ({
      id,
      prompt,
      quote: { sourceId, paragraph },
    })),
  }));
}

export function quizOutlines(quizzes: readonly Quiz[]): QuizOutline[] {
  return quizzes.map(({ id, title, topic, questions }) => ({
    id,
    title,
    topic,
    questions: questions.map((q) => ({ id: q.id })),
  }));
}
