import {
  advance,
  attemptScore,
  bestScore,
  currentQuestionId,
  finishAttempt,
  missedQuestionIds,
  reconcileAttempt,
  recordAnswer,
  startAttempt,
} from '@/lib/attempt';
import type { Attempt, FinishedAttempt } from '@/lib/progress/schema';

const right = { choiceIds: ['a'], correct: true };
const wrong = { choiceIds: ['b'], correct: false };

function answeredThrough(ids: string[], upTo: number): Attempt {
  let attempt = startAttempt('full', ids, 1000);
  for (let i = 0; i < upTo; i += 1) {
    attempt = advance(recordAnswer(attempt, ids[i]!, i % 2 === 0 ? right : wrong));
  }
  return attempt;
}

describe('an attempt', () => {
  it('starts at the first question with nothing answered', () => {
    const attempt = startAttempt('full', ['q1', 'q2'], 1000);
    expect(currentQuestionId(attempt)).toBe('q1');
    expect(attempt.answers).toEqual({});
  });

  it('does not move on before the question on screen is answered', () => {
    const attempt = startAttempt('full', ['q1', 'q2'], 1000);
    expect(advance(attempt)).toBe(attempt);
  });

  it('keeps the first checked answer: a question cannot be answered twice', () => {
    const once = recordAnswer(startAttempt('full', ['q1'], 0), 'q1', right);
    expect(recordAnswer(once, 'q1', wrong).answers.q1).toEqual(right);
  });

  it('refuses an answer to a question that is not on screen', () => {
    const attempt = startAttempt('full', ['q1', 'q2'], 0);
    expect(recordAnswer(attempt, 'q2', right)).toBe(attempt);
  });

  it('stays on the last question once answered, until it is finished', () => {
    const attempt = recordAnswer(startAttempt('full', ['q1'], 0), 'q1', right);
    expect(advance(attempt).position).toBe(0);
  });

  it('finishes with its answers, score and times', () => {
    const attempt = answeredThrough(['q1', 'q2', 'q3'], 2);
    const last = recordAnswer(attempt, 'q3', right);
    const finished = finishAttempt(last, 5000);
    expect(finished).toMatchObject({ kind: 'full', startedAt: 1000, finishedAt: 5000 });
    expect(attemptScore(finished)).toEqual({ correct: 2, total: 3 });
    expect(missedQuestionIds(finished)).toEqual(['q2']);
  });
});

describe('bestScore', () => {
  const finished = (kind: FinishedAttempt['kind'], results: boolean[]): FinishedAttempt => ({
    kind,
    questionIds: results.map((_, i) => `q${i}`),
    answers: Object.fromEntries(results.map((correct, i) => [`q${i}`, { choiceIds: [], correct }])),
    startedAt: 0,
    finishedAt: 1,
  });

  it('is the highest percentage among full attempts', () => {
    expect(bestScore([finished('full', [true, false]), finished('full', [true, true, false, true])])).toEqual({
      correct: 3,
      total: 4,
    });
  });

  it('ignores retries of missed questions, which are practice', () => {
    expect(bestScore([finished('full', [false, false]), finished('missed', [true, true])])).toEqual({
      correct: 0,
      total: 2,
    });
  });

  it('is null before any full attempt is finished', () => {
    expect(bestScore([])).toBeNull();
  });
});

describe('reconcileAttempt (resuming after the quiz changed)', () => {
  it('leaves an attempt alone when the quiz is unchanged', () => {
    const attempt = answeredThrough(['q1', 'q2', 'q3'], 1);
    expect(reconcileAttempt(attempt, ['q1', 'q2', 'q3'])).toEqual({ attempt, removed: 0, added: 0 });
  });

  it('resumes at the same question when another question was removed', () => {
    const attempt = answeredThrough(['q1', 'q2', 'q3', 'q4'], 2);
    const { attempt: after, removed } = reconcileAttempt(attempt, ['q2', 'q3', 'q4']);
    expect(removed).toBe(1);
    expect(currentQuestionId(after!)).toBe('q3');
    expect(Object.keys(after!.answers)).toEqual(['q2']);
  });

  it('moves to the first unanswered question when the current one was removed', () => {
    const attempt = answeredThrough(['q1', 'q2', 'q3', 'q4'], 2);
    const { attempt: after } = reconcileAttempt(attempt, ['q1', 'q2', 'q4']);
    expect(currentQuestionId(after!)).toBe('q4');
  });

  it('adds new questions at the end of a full attempt, keeping every answer', () => {
    const attempt = answeredThrough(['q1', 'q2'], 1);
    const { attempt: after, added } = reconcileAttempt(attempt, ['q1', 'new', 'q2']);
    expect(added).toBe(1);
    expect(after!.questionIds).toEqual(['q1', 'q2', 'new']);
    expect(currentQuestionId(after!)).toBe('q2');
    expect(after!.answers.q1).toEqual(right);
  });

  it('does not add new questions to a retry of missed ones', () => {
    const attempt = startAttempt('missed', ['q2'], 0);
    expect(reconcileAttempt(attempt, ['q1', 'q2', 'new']).attempt).toBe(attempt);
  });

  it('gives up the attempt when none of its questions are left', () => {
    const attempt = startAttempt('missed', ['q2'], 0);
    expect(reconcileAttempt(attempt, ['q1']).attempt).toBeNull();
  });
});
