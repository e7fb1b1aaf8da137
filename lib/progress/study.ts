import { missedQuestionIds } from '../attempt';
import type { QuestionRef } from '../content/refs';
import { missed, type ReviewDeck } from '../schedule';
import type { Attempt, Progress } from './schema';

/**
 * The questions of every assessment not yet handed in, and of every one handed in whose teacher opens the answers
 * after a due date not yet over, as "quiz-id/question-id" refs.
 */
export function openAssessmentQuestions(assignments: Progress['assignments'], now: number): Set<QuestionRef> {
  return new Set(
    Object.values(assignments).flatMap(({ current, finished }) => [
      ...(current?.assessment ? current.questionIds : []),
      ...finished.filter((attempt) => (attempt.answersFrom ?? 0) > now).flatMap((attempt) => attempt.questionIds),
    ]),
  );
}

/**
 * How many of these questions an assessment not yet handed in holds. Practicing them (a quiz, or an assignment
 * with feedback), or reading a quiz's last results, would show their right answers and quotes, so those stay
 * closed until then.
 */
export function heldByAssessment(
  refs: readonly QuestionRef[],
  assignments: Progress['assignments'],
  now: number,
): number {
  const held = openAssessmentQuestions(assignments, now);
  return refs.filter((ref) => held.has(ref)).length;
}

/**
 * The review deck as self-study may show it: the review page, the catalogue's due count and mastery all read
 * this. A question of an assessment not yet handed in is left out, even when an earlier miss put it in the deck,
 * since a review card shows the right answer and its quote.
 */
export function reviewVisibleToStudy(
  { review, assignments }: Pick<Progress, 'review' | 'assignments'>,
  now: number,
): ReviewDeck {
  const hidden = openAssessmentQuestions(assignments, now);
  if (hidden.size === 0) return review;
  return Object.fromEntries(Object.entries(review).filter(([ref]) => !hidden.has(ref)));
}

/**
 * An assessment's answers reach the review deck only when it is handed in: its final misses, due at once, or when
 * the teacher opens the answers after the due date.
 */
export function reviewAfterHandIn(review: ReviewDeck, attempt: Attempt, now: number): ReviewDeck {
  const due = Math.max(now, attempt.answersFrom ?? 0);
  return missedQuestionIds(attempt).reduce((deck, ref) => missed(deck, ref, due), review);
}
