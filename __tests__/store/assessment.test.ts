import fc from 'fast-check';
import { dueRefs } from '@/lib/schedule';
import { streak } from '@/lib/days';
import { quizSummaries, topicMastery } from '@/lib/progress/summary';
import { heldByAssessment, reviewVisibleToStudy } from '@/lib/progress/study';
import { isCorrect } from '@/lib/scoring';
import { renameAssignment, restartAssignment } from '@/store/assignmentHistory';
import { createProgressStore, progressOf, type ProgressState } from '@/store/progress';
import { memoryStorage } from '@/scripts/memoryStorage';
import { makeQuestion, makeQuiz } from '../fixtures';

const NOW = 1_700_000_000_000;
const quiz = makeQuiz(
  Array.from({ length: 6 }, (_, i) => makeQuestion({ id: `q${i + 1}`, prompt: `Question ${i + 1}?` })),
);
const refs = quiz.questions.map((q) => `${quiz.id}/${q.id}`);
const ASSESSMENT = { in: 'assignments', key: 'k3x9mp2a/zoë' } as const;
const PRACTICE = { in: 'quizzes', key: quiz.id } as const;

/** Everything self-study shows that an answer could change: the deck, the due count, mastery and the summary. */
function studied(state: ProgressState, now: number) {
  const review = reviewVisibleToStudy(state, now);
  return {
    review,
    due: dueRefs(review, now).length,
    mastery: topicMastery([quiz], { quizzes: state.quizzes, review }),
    summaries: quizSummaries([quiz], state),
    streak: streak(state.activeDays, now),
  };
}

const answers = fc.array(
  fc.record({
    question: fc.integer({ min: 0, max: refs.length - 1 }),
    choiceIds: fc.subarray(['deployed', 'considered', 'never'], { minLength: 1 }),
    next: fc.boolean(),
  }),
  { maxLength: 30 },
);

async function openStore() {
  const store = createProgressStore(memoryStorage, () => NOW);
  await store.persist.rehydrate();
  return store;
}

describe('an assessment not yet handed in', () => {
  it('reaches no review deck, due count, mastery, progress summary or practice, whatever is answered', async () => {
    await fc.assert(
      fc.asyncProperty(answers, fc.boolean(), async (given, practicedBefore) => {
        const store = await openStore();
        const { start, answer, next, finish, goTo } = store.getState().actions;
        if (practicedBefore) {
          // Earlier self-study missed half the questions: their cards must not show during the assessment either.
          start(
            PRACTICE,
            'full',
            quiz.questions.map((q) => q.id),
            NOW - 10,
          );
          quiz.questions.forEach((q, i) => {
            answer(PRACTICE, q.id, { choiceIds: ['never'], correct: i % 2 === 0 }, NOW - 5);
            next(PRACTICE);
          });
          finish(PRACTICE, NOW - 4);
        }
        start(ASSESSMENT, 'full', refs, NOW, true);
        const before = studied(store.getState(), NOW + 1000);

        given.forEach(({ question, choiceIds, next: moveOn }, i) => {
          const ref = refs[question]!;
          goTo(ASSESSMENT, ref);
          answer(ASSESSMENT, ref, { choiceIds, correct: isCorrect(quiz.questions[question]!, choiceIds) }, NOW + i);
          if (moveOn) next(ASSESSMENT);
        });
        const during = studied(store.getState(), NOW + 1000);
        expect(Object.keys(during.review).filter((ref) => refs.includes(ref))).toEqual([]);
        expect(during.due).toBe(practicedBefore ? 0 : before.due);
        expect({ ...during, review: undefined, due: undefined }).toEqual({
          ...before,
          review: undefined,
          due: undefined,
        });

        // Practicing the quiz, or reading its last results, would show the keys: closed for every question.
        expect(heldByAssessment(refs, store.getState().assignments, NOW + 1000)).toBe(refs.length);

        finish(ASSESSMENT, NOW + 100);
        expect(heldByAssessment(refs, store.getState().assignments, NOW + 1000)).toBe(0);
        const after = reviewVisibleToStudy(store.getState(), NOW + 100);
        const attempt = store.getState().assignments[ASSESSMENT.key]!.finished.at(-1)!;
        for (const ref of refs) {
          if (!attempt.answers[ref]?.correct) expect(after[ref]).toMatchObject({ box: 1, due: NOW + 100 });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps its latest answer to each question, until it is handed in', async () => {
    const store = await openStore();
    const { start, answer, goTo, finish } = store.getState().actions;
    start(ASSESSMENT, 'full', refs.slice(0, 2), NOW, true);
    answer(ASSESSMENT, refs[0]!, { choiceIds: ['never'], correct: false }, NOW);
    goTo(ASSESSMENT, refs[1]!);
    answer(ASSESSMENT, refs[1]!, { choiceIds: ['never'], correct: false }, NOW);
    answer(ASSESSMENT, refs[0]!, { choiceIds: ['considered'], correct: true }, NOW);
    finish(ASSESSMENT, NOW + 1);
    expect(Object.keys(store.getState().review)).toEqual([refs[1]]);
    answer(ASSESSMENT, refs[1]!, { choiceIds: ['considered'], correct: true }, NOW + 2);
    expect(store.getState().assignments[ASSESSMENT.key]!.finished[0]!.answers[refs[1]!]!.correct).toBe(false);
  });

  it('counts a restart and lists earlier names, and keeps both through a merge', async () => {
    const store = await openStore();
    const { start, answer } = store.getState().actions;
    const EARLIER = { in: 'assignments', key: 'k3x9mp2a/zoe' } as const;
    start(EARLIER, 'full', refs, NOW, true);
    renameAssignment(store, EARLIER, 'Zoe', ASSESSMENT);
    start(ASSESSMENT, 'full', refs, NOW, true);
    answer(ASSESSMENT, refs[0]!, { choiceIds: ['never'], correct: false }, NOW);
    restartAssignment(store, ASSESSMENT, NOW + 5, true);
    const slot = store.getState().assignments[ASSESSMENT.key]!;
    expect(store.getState().assignments[EARLIER.key]).toBeUndefined();
    expect(slot).toMatchObject({ restarts: 1, renamedFrom: ['Zoe'], current: { answers: {}, startedAt: NOW + 5 } });
    expect(slot.current?.assessment).toBe(true);
    const other = await openStore();
    await other.getState().actions.mergeIn(progressOf(store.getState()));
    expect(other.getState().assignments[ASSESSMENT.key]).toMatchObject({ restarts: 1, renamedFrom: ['Zoe'] });
  });
});
