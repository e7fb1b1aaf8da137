import { mergeProgress } from '@/lib/progress/merge';
import { EMPTY_PROGRESS } from '@/lib/progress/constants';
import { type Attempt, type FinishedAttempt, type Progress } from '@/lib/progress/schema';

const right = { choiceIds: ['a'], correct: true };
const wrong = { choiceIds: ['b'], correct: false };

function attempt(startedAt: number, answers: Attempt['answers'], position = 0): Attempt {
  return { kind: 'full', questionIds: ['q1', 'q2', 'q3'], position, answers, startedAt };
}
function finished(startedAt: number, finishedAt: number): FinishedAttempt {
  return { kind: 'full', questionIds: ['q1'], answers: { q1: right }, startedAt, finishedAt };
}
function progress(change: Partial<Progress>): Progress {
  return { ...EMPTY_PROGRESS, ...change };
}

describe('merging progress from two tabs or two devices', () => {
  it('keeps what each tab did on different quizzes', () => {
    const a = progress({ quizzes: { vote: { current: attempt(1, { q1: right }, 1), finished: [] } } });
    const b = progress({ quizzes: { china: { current: attempt(2, { q1: wrong }, 1), finished: [] } } });
    const merged = mergeProgress(a, b);
    expect(Object.keys(merged.quizzes).sort()).toEqual(['china', 'vote']);
    expect(mergeProgress(b, a)).toEqual(merged);
  });

  it('keeps every answer of the same attempt answered in both tabs, at the furthest question', () => {
    const a = progress({ quizzes: { vote: { current: attempt(1, { q1: right }, 1), finished: [] } } });
    const b = progress({ quizzes: { vote: { current: attempt(1, { q1: right, q2: wrong }, 2), finished: [] } } });
    expect(mergeProgress(a, b).quizzes.vote?.current).toEqual(attempt(1, { q1: right, q2: wrong }, 2));
  });

  it('keeps the later change to an assessment answer changed in two tabs, whichever copy comes first', () => {
    const slot = (answers: Attempt['answers']) => ({
      assignments: { 'k3x9mp2a/ana': { current: { ...attempt(1, answers), assessment: true as const }, finished: [] } },
    });
    const earlier = progress(slot({ q1: { ...wrong, changedAt: 10 }, q2: { ...wrong, changedAt: 11 } }));
    const later = progress(slot({ q1: { ...right, changedAt: 20 } }));
    const expected = { q1: { ...right, changedAt: 20 }, q2: { ...wrong, changedAt: 11 } };
    expect(mergeProgress(earlier, later).assignments['k3x9mp2a/ana']?.current?.answers).toEqual(expected);
    expect(mergeProgress(later, earlier).assignments['k3x9mp2a/ana']?.current?.answers).toEqual(expected);
  });

  it('keeps finished attempts from both, once each, and drops an attempt one tab already finished', () => {
    const a = progress({ quizzes: { vote: { current: attempt(5, { q1: right }), finished: [finished(1, 2)] } } });
    const b = progress({ quizzes: { vote: { current: null, finished: [finished(1, 2), finished(5, 9)] } } });
    expect(mergeProgress(a, b).quizzes.vote).toEqual({ current: null, finished: [finished(1, 2), finished(5, 9)] });
  });

  it('keeps the review card each copy touched last, and every practice day', () => {
    const a = progress({
      review: { 'vote/q1': { box: 3, due: 50, updatedAt: 10 }, 'vote/q2': { box: 1, due: 0, updatedAt: 0 } },
      activeDays: ['2026-11-24'],
    });
    const b = progress({
      review: { 'vote/q1': { box: 1, due: 60, updatedAt: 20 } },
      activeDays: ['2026-11-25', '2026-11-24'],
    });
    const merged = mergeProgress(a, b);
    expect(merged.review).toEqual({
      'vote/q1': { box: 1, due: 60, updatedAt: 20 },
      'vote/q2': { box: 1, due: 0, updatedAt: 0 },
    });
    expect(merged.activeDays).toEqual(['2026-11-24', '2026-11-25']);
    expect(mergeProgress(b, a)).toEqual(merged);
  });

  it('changes nothing when merged with itself', () => {
    const a = progress({
      quizzes: { vote: { current: attempt(5, { q1: right }), finished: [finished(1, 2)] } },
      review: { 'vote/q1': { box: 2, due: 5, updatedAt: 1 } },
      activeDays: ['2026-11-25'],
      studentName: 'Ana',
    });
    expect(mergeProgress(a, a)).toEqual(a);
  });
});
