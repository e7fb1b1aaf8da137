import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResultsView from '@/components/quiz/ResultsView';
import { PROGRESS_KEY } from '@/lib/progress/constants';
import { progressStore } from '@/store/progress';
import { makeQuestion, makeQuiz } from '../../fixtures';

const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

const quiz = makeQuiz([
  makeQuestion(),
  makeQuestion({
    id: 'china-sought-stability',
    prompt: 'What did China seek, according to the report?',
    choices: [
      { id: 'stability', text: 'Stability in its relationship with the United States' },
      { id: 'trump', text: 'A Trump win' },
      { id: 'biden', text: 'A Biden win' },
    ],
    answer: ['stability'],
    explanation: 'The report says China sought stability with the United States.',
    quote: {
      text: 'China sought stability in its relationship with the United States',
      sourceId: 'npr-2021-03-16-russia-2020-election',
      speaker: 'report',
      paragraph: 15,
    },
  }),
]);

async function withFinishedAttempt(answers: Record<string, { choiceIds: string[]; correct: boolean }>) {
  const attempt = { kind: 'full', questionIds: quiz.questions.map((q) => q.id), answers, startedAt: 1, finishedAt: 2 };
  localStorage.setItem(
    PROGRESS_KEY,
    JSON.stringify({ state: { quizzes: { [quiz.id]: { current: null, finished: [attempt] } } }, version: 1 }),
  );
  await act(() => progressStore.persist.rehydrate());
}

beforeEach(() => {
  localStorage.clear();
  push.mockReset();
});

describe('ResultsView', () => {
  it('shows the score and reviews each question with the student’s answer, the right one and the quote', async () => {
    await withFinishedAttempt({
      'china-did-not-deploy': { choiceIds: ['considered'], correct: true },
      'china-sought-stability': { choiceIds: ['trump'], correct: false },
    });
    render(<ResultsView quiz={quiz} />);

    expect(screen.getByTestId('score')).toHaveTextContent('1 of 2 right (50%)');
    const missed = screen.getByRole('article', { name: /What did China seek/ });
    expect(within(missed).getByText('Incorrect')).toBeInTheDocument();
    expect(missed).toHaveTextContent('Your answer: A Trump win');
    expect(missed).toHaveTextContent('Right answer: Stability in its relationship with the United States');
    expect(missed.querySelector('blockquote')).toHaveTextContent('China sought stability');
    // The right one says the answer once, with its tick: no "Right answer" repeating it.
    expect(screen.getAllByText('Right answer:')).toHaveLength(1);
  });

  it('retries only the missed questions', async () => {
    await withFinishedAttempt({
      'china-did-not-deploy': { choiceIds: ['considered'], correct: true },
      'china-sought-stability': { choiceIds: ['trump'], correct: false },
    });
    render(<ResultsView quiz={quiz} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry the one I missed' }));

    expect(progressStore.getState().quizzes[quiz.id]?.current).toMatchObject({
      kind: 'missed',
      questionIds: ['china-sought-stability'],
      position: 0,
    });
    expect(push).toHaveBeenCalledWith('/quiz/china-and-iran');
  });

  it('puts the retry of what was missed first, and names whose words were taken for whose', async () => {
    const speakers = ['report', 'npr', 'us-officials'].map((id) => ({ id, text: id }));
    const whoSays = makeQuestion({ id: 'who-says', type: 'speaker', choices: speakers, answer: ['npr'] });
    const withSpeaker = { ...quiz, questions: [...quiz.questions, whoSays] };
    const attempt = {
      kind: 'full',
      questionIds: withSpeaker.questions.map((q) => q.id),
      answers: {
        'china-did-not-deploy': { choiceIds: ['considered'], correct: true },
        'china-sought-stability': { choiceIds: ['stability'], correct: true },
        'who-says': { choiceIds: ['report'], correct: false },
      },
      startedAt: 1,
      finishedAt: 2,
    };
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ state: { quizzes: { [quiz.id]: { current: null, finished: [attempt] } } }, version: 1 }),
    );
    await act(() => progressStore.persist.rehydrate());
    render(<ResultsView quiz={withSpeaker} />);
    expect(screen.getAllByRole('button')[0]).toHaveAccessibleName('Retry the one I missed');
    const mixUps = screen.getByRole('region', { name: 'Who is speaking: what you mixed up' });
    expect(mixUps).toHaveTextContent('You took NPR’s narration for the report’s own words once: question 3');
    expect(within(mixUps).getByRole('link', { name: 'question 3' })).toHaveAttribute('href', '#review-who-says');
  });

  it('offers no retry of missed questions after a perfect score', async () => {
    await withFinishedAttempt({
      'china-did-not-deploy': { choiceIds: ['considered'], correct: true },
      'china-sought-stability': { choiceIds: ['stability'], correct: true },
    });
    render(<ResultsView quiz={quiz} />);
    expect(screen.getByTestId('score')).toHaveTextContent('2 of 2 right (100%)');
    expect(screen.queryByRole('button', { name: /I missed/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
