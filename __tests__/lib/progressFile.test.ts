import fc from 'fast-check';
import { progressFile, readProgressFile } from '@/lib/progress/file';
import { EMPTY_PROGRESS } from '@/lib/progress/constants';
import { type Progress } from '@/lib/progress/schema';
import { topicMastery } from '@/lib/progress/summary';
import { makeQuestion, makeQuiz } from '../fixtures';

const progress: Progress = {
  ...EMPTY_PROGRESS,
  quizzes: {
    'china-and-iran': {
      current: null,
      finished: [
        {
          kind: 'full',
          questionIds: ['one', 'two'],
          answers: { one: { choiceIds: ['considered'], correct: true }, two: { choiceIds: ['never'], correct: false } },
          startedAt: 1,
          finishedAt: 2,
        },
      ],
    },
  },
  review: { 'china-and-iran/two': { box: 1, due: 2, updatedAt: 2 } },
  activeDays: ['2026-11-25'],
  studentName: 'Ana',
};

describe('progress files', () => {
  it('round-trip a learner’s progress', () => {
    expect(readProgressFile(progressFile(progress, 0))).toEqual({ ok: true, value: progress });
  });

  it('reject a bad file with a reason', () => {
    expect(readProgressFile('not json')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not readable JSON/),
    });
    expect(readProgressFile('{"hello": 1}')).toMatchObject({
      ok: false,
      reason: 'This is not a SourceCheck progress file.',
    });
    const future = progressFile(progress, 0).replace(/"version": \d+/, '"version": 99');
    expect(readProgressFile(future)).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
    const damaged = progressFile(progress, 0).replace('"activeDays"', '"activeDayz"');
    expect(readProgressFile(damaged)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/contents are damaged/),
    });
  });

  it('never throw, whatever the file holds', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void readProgressFile(text)));
  });
});

describe('topic mastery', () => {
  const quiz = makeQuiz([
    makeQuestion({ id: 'one' }),
    makeQuestion({ id: 'two', prompt: 'Two?' }),
    makeQuestion({ id: 'three', prompt: 'Three?' }),
  ]);

  it('counts questions last answered right, not one missed and waiting for review', () => {
    expect(topicMastery([quiz], progress)).toEqual([{ topic: 'China and Iran', mastered: 1, total: 3 }]);
  });

  it('counts a missed question once it is answered right in review, and not once it is missed there again', () => {
    const reviewedRight = { ...progress, review: { 'china-and-iran/two': { box: 2, due: 9, updatedAt: 5 } } };
    expect(topicMastery([quiz], reviewedRight)).toEqual([{ topic: 'China and Iran', mastered: 2, total: 3 }]);
    const missedAgain = { ...progress, review: { 'china-and-iran/one': { box: 1, due: 9, updatedAt: 5 } } };
    expect(topicMastery([quiz], missedAgain)).toEqual([{ topic: 'China and Iran', mastered: 0, total: 3 }]);
  });
});
