import type { AnswerRecord, Attempt, FinishedAttempt } from './progress/schema';
import { percentage, scoreOf, type Score } from './scoring';

export function startAttempt(
  kind: Attempt['kind'],
  questionIds: readonly string[],
  now: number,
  assessment = false,
  answersFrom?: number,
): Attempt {
  const attempt: Attempt = { kind, questionIds: [...questionIds], position: 0, answers: {}, startedAt: now };
  if (!assessment) return attempt;
  return answersFrom === undefined ? { ...attempt, assessment: true } : { ...attempt, assessment: true, answersFrom };
}

export function currentQuestionId(attempt: Attempt): string | undefined {
  return attempt.questionIds[attempt.position];
}

export function isLastQuestion(attempt: Attempt): boolean {
  return attempt.position >= attempt.questionIds.length - 1;
}

/**
 * Only the question on screen can be answered, and only once: a checked answer is final, since its feedback has
 * been seen. An assessment shows no feedback, so any of its questions can be answered again until it is handed in.
 */
export function recordAnswer(attempt: Attempt, questionId: string, record: AnswerRecord): Attempt {
  const answerable = attempt.assessment
    ? attempt.questionIds.includes(questionId)
    : currentQuestionId(attempt) === questionId && !attempt.answers[questionId];
  if (!answerable) return attempt;
  return { ...attempt, answers: { ...attempt.answers, [questionId]: record } };
}

/** Moves on only from an answered question: nothing advances by itself or skips ahead. */
export function advance(attempt: Attempt): Attempt {
  const id = currentQuestionId(attempt);
  if (!id || !attempt.answers[id] || isLastQuestion(attempt)) return attempt;
  return { ...attempt, position: attempt.position + 1 };
}

export function answeredCount(attempt: Pick<Attempt, 'answers' | 'questionIds'>): number {
  return attempt.questionIds.filter((id) => attempt.answers[id]).length;
}

/** Goes to any question of an assessment, as from its summary before handing in. */
export function goTo(attempt: Attempt, questionId: string): Attempt {
  const position = attempt.questionIds.indexOf(questionId);
  return attempt.assessment && position >= 0 ? { ...attempt, position } : attempt;
}

export function isComplete(attempt: Attempt): boolean {
  return attempt.questionIds.every((id) => attempt.answers[id]);
}

export function finishAttempt(attempt: Attempt, now: number): FinishedAttempt {
  const { kind, questionIds, answers, startedAt, answersFrom } = attempt;
  const finished = { kind, questionIds, answers, startedAt, finishedAt: now };
  return answersFrom === undefined ? finished : { ...finished, answersFrom };
}

export function attemptScore(attempt: Pick<Attempt, 'answers' | 'questionIds'>): Score {
  return scoreOf(attempt.answers, attempt.questionIds);
}

/** The best full attempt: replays of missed questions are practice, not a score. */
export function bestScore(finished: readonly FinishedAttempt[]): Score | null {
  return finished
    .filter((attempt) => attempt.kind === 'full')
    .map(attemptScore)
    .reduce<Score | null>((best, score) => (best && percentage(best) >= percentage(score) ? best : score), null);
}

export function missedQuestionIds(attempt: Pick<Attempt, 'answers' | 'questionIds'>): string[] {
  return attempt.questionIds.filter((id) => !attempt.answers[id]?.correct);
}

export interface Reconciled {
  /** null when nothing of the attempt is left to resume. */
  attempt: Attempt | null;
  removed: number;
  added: number;
}

/**
 * Fits a saved attempt to the quiz as it is now. Answers to questions that still exist are
 * kept; removed questions drop out; a full attempt gains new questions at the end. The
 * student resumes at the same question, or at the first unanswered one if it was removed.
 */
export function reconcileAttempt(attempt: Attempt, quizQuestionIds: readonly string[]): Reconciled {
  const available = new Set(quizQuestionIds);
  const kept = attempt.questionIds.filter((id) => available.has(id));
  const added = attempt.kind === 'full' ? quizQuestionIds.filter((id) => !attempt.questionIds.includes(id)) : [];
  const removed = attempt.questionIds.length - kept.length;
  if (removed === 0 && added.length === 0) return { attempt, removed, added: 0 };

  const questionIds = [...kept, ...added];
  if (questionIds.length === 0) return { attempt: null, removed, added: 0 };

  const answers = Object.fromEntries(Object.entries(attempt.answers).filter(([id]) => available.has(id)));
  const wasOn = currentQuestionId(attempt);
  const samePlace = wasOn ? questionIds.indexOf(wasOn) : -1;
  const firstUnanswered = questionIds.findIndex((id) => !answers[id]);
  const position = samePlace >= 0 ? samePlace : firstUnanswered >= 0 ? firstUnanswered : questionIds.length - 1;
  return { attempt: { ...attempt, questionIds, answers, position }, removed, added: added.length };
}
