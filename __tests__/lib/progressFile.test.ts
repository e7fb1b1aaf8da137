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
  it('counts questions last answered right and not waiting for review', () => {
    const quiz = makeQuiz([
      makeQuestion({ id: 'one' }),
      makeQuestion({ id: 'two', prompt: 'Two?' }),
      makeQuestion({ id: 'three', prompt: 'Three?' }),
    ]);
    expect(topicMastery([quiz], progress)).toEqual([{ topic: 'China and Iran', mastered: 1, total: 3 }]);
  });
});
