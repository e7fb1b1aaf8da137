import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import QuizStatus from '@/components/quiz/QuizStatus';
import { PROGRESS_KEY } from '@/lib/progress/constants';
import { progressStore } from '@/store/progress';

describe('device-only figures', () => {
  it('hydrate without a warning and appear only once the saved progress is loaded', async () => {
    const finished = {
      kind: 'full',
      questionIds: ['a', 'b'],
      answers: { a: { choiceIds: ['x'], correct: true } },
      startedAt: 1,
      finishedAt: 2,
    };
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ state: { quizzes: { quiz: { current: null, finished: [finished] } } }, version: 1 }),
    );
    const errors = jest.spyOn(console, 'error');
    const container = document.createElement('div');
    container.innerHTML = renderToString(<QuizStatus quizId="quiz" questionCount={2} />);
    document.body.appendChild(container);
    expect(container).not.toHaveTextContent('Best score');

    await act(async () => {
      hydrateRoot(container, <QuizStatus quizId="quiz" questionCount={2} />);
    });
    expect(container).not.toHaveTextContent('Best score');

    await act(() => progressStore.persist.rehydrate());
    expect(container).toHaveTextContent('Best score: 1 of 2 (50%)');
    expect(errors).not.toHaveBeenCalled();
  });
});
