import { estimatedMinutes, isCorrect, percentage, scoreOf } from '@/lib/scoring';

describe('isCorrect', () => {
  it('accepts exactly the right choice', () => {
    expect(isCorrect({ answer: ['b'] }, ['b'])).toBe(true);
    expect(isCorrect({ answer: ['b'] }, ['a'])).toBe(false);
  });

  it('gives no partial credit on select-all-that-apply', () => {
    expect(isCorrect({ answer: ['a', 'c'] }, ['c', 'a'])).toBe(true);
    expect(isCorrect({ answer: ['a', 'c'] }, ['a'])).toBe(false);
    expect(isCorrect({ answer: ['a', 'c'] }, ['a', 'b', 'c'])).toBe(false);
  });

  it('does not count a choice picked twice as two right choices', () => {
    expect(isCorrect({ answer: ['a', 'c'] }, ['a', 'a'])).toBe(false);
  });
});

describe('scoreOf', () => {
  it('counts right answers among the attempt’s questions, unanswered ones as wrong', () => {
    const answers = { q1: { correct: true }, q2: { correct: false }, gone: { correct: true } };
    expect(scoreOf(answers, ['q1', 'q2', 'q3'])).toEqual({ correct: 1, total: 3 });
  });
});

describe('percentage', () => {
  it('rounds to a whole percent and treats an empty quiz as 0', () => {
    expect(percentage({ correct: 2, total: 3 })).toBe(67);
    expect(percentage({ correct: 0, total: 0 })).toBe(0);
  });
});

describe('estimatedMinutes', () => {
  it('plans about 45 seconds a question, never less than a minute', () => {
    expect(estimatedMinutes(1)).toBe(1);
    expect(estimatedMinutes(10)).toBe(8);
  });
});
