import { finishAttempt, recordAnswer, startAttempt } from '@/lib/attempt';
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
    expect(reviewVisibleToStudy({ review, assignments: { 'k3x9mp2a/ana': slot(true) } }, 0)).toEqual({
      'china-and-iran/three': card,
    });
    expect(openAssessmentQuestions({ 'k3x9mp2a/ana': slot(true) }, 0)).toEqual(new Set(refs));
  });

  it('shows the whole deck beside a practice assignment or a handed-in assessment', () => {
    expect(reviewVisibleToStudy({ review, assignments: { a: slot(false), b: slot(true, true) } }, 0)).toBe(review);
  });
});

describe('what practice may open', () => {
  it('counts the questions an assessment not handed in holds, and none once it is', () => {
    const asked = [refs[1]!, 'china-and-iran/three'];
    expect(heldByAssessment(asked, { 'k3x9mp2a/ana': slot(true) }, 0)).toBe(1);
    expect(heldByAssessment(asked, { 'k3x9mp2a/ana': slot(true, true), b: slot(false) }, 0)).toBe(0);
  });
});

describe('an assessment whose teacher opens the answers after the due date', () => {
  const DUE_END = 1_000;
  const handedIn: QuizProgress = {
    current: null,
    finished: [{ ...startAttempt('full', refs, 1, true, DUE_END), answers: { [refs[0]!]: wrong }, finishedAt: 5 }],
  };

  it('keeps its questions closed, handed in or not, until the due date is over', () => {
    expect(heldByAssessment(refs, { 'k3x9mp2a/ana': handedIn }, DUE_END - 1)).toBe(2);
    expect(reviewVisibleToStudy({ review: { [refs[0]!]: card }, assignments: { x: handedIn } }, DUE_END - 1)).toEqual(
      {},
    );
    expect(heldByAssessment(refs, { 'k3x9mp2a/ana': handedIn }, DUE_END)).toBe(0);
  });

  it('puts its misses in the review deck due when the answers open, not at the hand-in', () => {
    const attempt = { ...startAttempt('full', refs, 1, true, DUE_END), answers: { [refs[0]!]: wrong } };
    expect(reviewAfterHandIn({}, attempt, 50)[refs[0]!]).toMatchObject({ box: 1, due: DUE_END });
    expect(finishAttempt(attempt, 50).answersFrom).toBe(DUE_END);
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
