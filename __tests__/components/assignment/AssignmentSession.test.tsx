import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssignmentSession from '@/components/assignment/AssignmentSession';
import type { Assignment } from '@/lib/assignment';
import { heldByAssessment, reviewVisibleToStudy } from '@/lib/progress/study';
import { progressStore } from '@/store/progress';
import { makeQuestion, makeQuiz } from '../../fixtures';

const quiz = makeQuiz([makeQuestion({ id: 'one', prompt: 'First?' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);
const assignment: Assignment = {
  version: 1,
  id: 'k3x9mp2a',
  questions: [quiz.id],
  shuffleQuestions: false,
  shuffleChoices: false,
  feedback: 'assessment',
  contentVersion: '00000000',
};
const pool = ['china-and-iran/one', 'china-and-iran/two'];

async function open() {
  render(<AssignmentSession assignment={assignment} pool={pool} quizzes={[quiz]} />);
  await act(() => progressStore.persist.rehydrate());
}

beforeEach(() => {
  localStorage.clear();
  progressStore.getState().actions.resetProgress();
});

describe('an assessment assignment', () => {
  it('saves with one press, fixes the name, and lets any answer change on the summary before hand in', async () => {
    await open();
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await userEvent.click(screen.getByRole('button', { name: 'Start the assignment' }));
    expect(screen.getByRole('button', { name: 'Not you? Change the name' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Never considered them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and next' }));
    expect(screen.getByRole('heading', { name: 'Second?' })).toBeInTheDocument();
    expect(screen.queryByText(/Correct|Incorrect|Right answer/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Not you? Change the name' })).not.toBeInTheDocument();
    expect(screen.getByText(/The name cannot change once you have answered\./)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Never considered them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and next' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Your answers, before you hand in' })).toHaveFocus(),
    );
    expect(Object.keys(reviewVisibleToStudy(progressStore.getState(), Date.now()))).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Change your answer to question 2' }));
    expect(screen.getByRole('radio', { name: 'Never considered them' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Considered them but did not deploy them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and back to the summary' }));
    expect(screen.getAllByText(/Your answer:/).map((item) => item.parentElement?.textContent)).toEqual([
      'Your answer: Never considered them',
      'Your answer: Considered them but did not deploy them',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Hand in' }));
    expect(screen.getByRole('heading', { name: 'You finished: 1 of 2 right (50%)' })).toBeInTheDocument();
    expect(Object.keys(reviewVisibleToStudy(progressStore.getState(), Date.now()))).toEqual(['china-and-iran/one']);
  });

  it('welcomes a student back with how far they got', async () => {
    progressStore.getState().actions.setStudentName('Ana');
    progressStore.getState().actions.start({ in: 'assignments', key: 'k3x9mp2a/ana' }, 'full', pool, 1, true);
    progressStore
      .getState()
      .actions.answer(
        { in: 'assignments', key: 'k3x9mp2a/ana' },
        pool[0]!,
        { choiceIds: ['never'], correct: false },
        2,
      );
    await open();
    expect(screen.getByText('Welcome back: 1 of 2 done.')).toBeInTheDocument();
  });
});

describe('an assessment whose answers open after the due date', () => {
  it('shows the score at the hand-in, and the answers, review and practice only once the due date is over', async () => {
    const due = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    render(
      <AssignmentSession assignment={{ ...assignment, due, answersAfterDue: true }} pool={pool} quizzes={[quiz]} />,
    );
    await act(() => progressStore.persist.rehydrate());
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await userEvent.click(screen.getByRole('button', { name: 'Start the assignment' }));
    for (let i = 0; i < 2; i += 1) {
      await userEvent.click(screen.getByRole('radio', { name: 'Never considered them' }));
      await userEvent.click(screen.getByRole('button', { name: 'Save and next' }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Hand in' }));
    expect(screen.getByRole('heading', { name: 'You finished: 0 of 2 right (0%)' })).toBeInTheDocument();
    expect(screen.getByText(/Your teacher opens the answers and their quotes after the due date/)).toBeInTheDocument();
    expect(screen.queryByText(/Right answer/)).not.toBeInTheDocument();
    const state = progressStore.getState();
    expect(Object.keys(reviewVisibleToStudy(state, Date.now()))).toEqual([]);
    expect(heldByAssessment(pool, state.assignments, Date.now())).toBe(2);
    const dayAfter = Date.now() + 3 * 86_400_000;
    expect(Object.keys(reviewVisibleToStudy(state, dayAfter)).sort()).toEqual(pool);
    expect(heldByAssessment(pool, state.assignments, dayAfter)).toBe(0);
  });
});

describe('a practice assignment beside an assessment not handed in', () => {
  it('stays closed while the assessment holds its questions, and opens once it is handed in', async () => {
    const assessment = { in: 'assignments', key: 'k3x9mp2a/ana' } as const;
    const { start, finish, setStudentName } = progressStore.getState().actions;
    setStudentName('Ana');
    start(assessment, 'full', pool, 1, true);
    render(
      <AssignmentSession
        assignment={{ ...assignment, id: 'p4ract1c', feedback: 'practice' }}
        pool={pool}
        quizzes={[quiz]}
      />,
    );
    await act(() => progressStore.persist.rehydrate());
    expect(screen.getByRole('heading', { name: 'Closed until your assessment’s answers open' })).toBeInTheDocument();
    expect(screen.getByText(/2 of these questions are in an assessment/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the assignment' })).not.toBeInTheDocument();

    act(() => finish(assessment, 2));
    expect(
      screen.queryByRole('heading', { name: 'Closed until your assessment’s answers open' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the assignment' })).toBeInTheDocument();
  });
});
