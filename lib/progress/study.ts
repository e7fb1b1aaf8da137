import { missedQuestionIds } from '../attempt';
import type { QuestionRef } from '../content/refs';
import { missed, type ReviewDeck } from '../schedule';
import type { Attempt, Progress } from './schema';

/** The questions of every assessment not yet handed in, as "quiz-id/question-id" refs. */
export function openAssessmentQuestions(assignments: Progress['assignments']): Set<QuestionRef> {
  return new Set(Object.values(assignments).flatMap(({ current }) => (current?.assessment ? current.questionIds : [])));
}

/**
 * How many of these questions an assessment not yet handed in holds. Practising them (a quiz, or an assignment
 * with feedback), or reading a quiz's last results, would show their right answers and quotes, so those stay
 * closed until then.
 */
export function heldByAssessment(refs: readonly QuestionRef[], assignments: Progress['assignments']): number {
  const held = openAssessmentQuestions(assignments);
  return refs.filter((ref) => held.has(ref)).length;
}

/**
 * The review deck as self-study may show it: the review page, the catalogue's due count and mastery all read
 * this. A question of an assessment not yet handed in is left out, even when an earlier miss put it in the deck,
 * since a review card shows the right answer and its quote.
 */
export function reviewVisibleToStudy({ review, assignments }: Pick<Progress, 'review' | 'assignments'>): ReviewDeck {
  const hidden = openAssessmentQuestions(assignments);
  if (hidden.size === 0) return review;
  return Object.fromEntries(Object.entries(review).filter(([ref]) => !hidden.has(ref)));
}

/** An assessment's answers reach the review deck only when it is handed in: its final misses, due at once. */
export function reviewAfterHandIn(review: ReviewDeck, attempt: Attempt, now: number): ReviewDeck {
  return missedQuestionIds(attempt).reduce((deck, ref) => missed(deck, ref, now), review);
}
