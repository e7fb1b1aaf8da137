import { recordAnswer, startAttempt } from '@/lib/attempt';
import {
  heldByAssessment,
  openAssessmentQuestions,
  reviewAfterHandIn,
  reviewVisibleToStudy,
} from '@/lib/progress/study';
import type { QuizProgress } from '@/lib/progress/schema';

const refs = ['china-and-iran/one', 'china-and-iran/two'];
const card = { box: 2, due: 5, updatedAt: 1 };
const wrong = { choiceIds: ['never'], correct: false };
const right = { choiceIds: ['considered'], correct: true };

function slot(assessment: boolean, finished = false): QuizProgress {
  const attempt = startAttempt('full', refs, 1, assessment);
  return finished
    ? { current: null, finished: [{ ...attempt, answers: {}, finishedAt: 2 }] }
    : { current: attempt, finished: [] };
}

describe('what self-study may show', () => {
  const review = { [refs[0]!]: card, 'china-and-iran/three': card };

  it('leaves out every question of an assessment not handed in, even a card from earlier practice', () => {
    expect(reviewVisibleToStudy({ review, assignments: { 'k3x9mp2a/ana': slot(true) } })).toEqual({
      'china-and-iran/three': card,
    });
    expect(openAssessmentQuestions({ 'k3x9mp2a/ana': slot(true) })).toEqual(new Set(refs));
  });

  it('shows the whole deck beside a practice assignment or a handed-in assessment', () => {
    expect(reviewVisibleToStudy({ review, assignments: { a: slot(false), b: slot(true, true) } })).toBe(review);
  });
});

describe('what practice may open', () => {
  it('counts the questions an assessment not handed in holds, and none once it is', () => {
    const asked = [refs[1]!, 'china-and-iran/three'];
    expect(heldByAssessment(asked, { 'k3x9mp2a/ana': slot(true) })).toBe(1);
    expect(heldByAssessment(asked, { 'k3x9mp2a/ana': slot(true, true), b: slot(false) })).toBe(0);
  });
});

describe('an assessment attempt', () => {
  it('takes a new answer to any of its questions until it is handed in; practice keeps the first', () => {
    const assessment = recordAnswer(
      recordAnswer(startAttempt('full', refs, 1, true), refs[1]!, wrong),
      refs[1]!,
      right,
    );
    expect(assessment.answers).toEqual({ [refs[1]!]: right });
    expect(recordAnswer(assessment, 'other/question', wrong)).toBe(assessment);
    const practice = recordAnswer(startAttempt('full', refs, 1), refs[0]!, wrong);
    expect(recordAnswer(practice, refs[0]!, right).answers).toEqual({ [refs[0]!]: wrong });
  });

  it('puts its final misses in the review deck when handed in, due at once', () => {
    const attempt = { ...startAttempt('full', refs, 1, true), answers: { [refs[0]!]: right, [refs[1]!]: wrong } };
    expect(reviewAfterHandIn({}, attempt, 50)).toEqual({ [refs[1]!]: { box: 1, due: 50, updatedAt: 50 } });
  });
});
