import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import ProgressSummary from '@/components/progress/ProgressSummary';
import { quizOutlines } from '@/lib/content/outline';
import { PROGRESS_KEY } from '@/lib/progress/constants';
import { progressStore } from '@/store/progress';
import { makeQuestion, makeQuiz } from '../../fixtures';

const quiz = makeQuiz([makeQuestion({ id: 'a' }), makeQuestion({ id: 'b' })]);

describe('ProgressSummary', () => {
  it('comes with the page drawn and its figures pending, and fills them in once the device is read', async () => {
    const finished = {
      kind: 'full',
      questionIds: ['a', 'b'],
      answers: { a: { choiceIds: ['considered'], correct: true }, b: { choiceIds: ['x'], correct: false } },
      startedAt: 1,
      finishedAt: 2,
    };
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ state: { quizzes: { [quiz.id]: { current: null, finished: [finished] } } }, version: 1 }),
    );
    const errors = jest.spyOn(console, 'error');
    const page = <ProgressSummary quizzes={quizOutlines([quiz])} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.appendChild(container);

    // What the server sends: the headings, the quiz and the explanation, and no figure that could be wrong.
    expect(container).toHaveTextContent('Loading your progress…');
    expect(screen.getByRole('link', { name: quiz.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mastery by topic' })).toBeInTheDocument();
    expect(container).toHaveTextContent('A question counts once your latest answer to it');
    expect(screen.getByRole('img', { name: 'Mastery by topic: loading your progress.' })).toBeInTheDocument();
    expect(container).not.toHaveTextContent('1 of 2');
    expect(container).not.toHaveTextContent('streak');
    expect(container).not.toHaveTextContent('—');

    await act(async () => {
      hydrateRoot(container, page);
    });
    await act(() => progressStore.persist.rehydrate());
    expect(container).not.toHaveTextContent('Loading your progress…');
    expect(screen.getByRole('cell', { name: '1 of 2 (50%)' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /1 of 2 questions \(50%\)/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Move your progress to another device' })).toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });
});
