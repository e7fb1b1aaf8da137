import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import 'fake-indexeddb/auto';
import QuestionWriter from '@/components/teach/QuestionWriter';
import { loadClaims, loadSourceParagraphs } from '@/lib/content/load';
import { makeQuiz, SOURCE_ID } from '../../fixtures';

const sourceId = SOURCE_ID as 'npr-2021-03-16-russia-2020-election';

function renderWriter() {
  return render(
    <QuestionWriter
      sourceId={sourceId}
      paragraphs={loadSourceParagraphs(sourceId)}
      claims={loadClaims()}
      quizzes={[makeQuiz()]}
    />,
  );
}

describe('writing a question', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the written choices when the arrow keys move through the kinds of question', async () => {
    renderWriter();
    await userEvent.type(screen.getByRole('textbox', { name: 'Choice 1' }), 'Considered them');
    await userEvent.click(screen.getByRole('radio', { name: /^One right answer/ }));
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /^Select all that apply/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Choice 1' })).toHaveValue('Considered them');
  });

  it('puts an unkept question aside for one press to bring back, when another takes its place', async () => {
    renderWriter();
    await userEvent.type(screen.getByRole('textbox', { name: 'Prompt' }), 'What did China do?');
    await userEvent.click(screen.getByRole('button', { name: 'Start a new question' }));
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('');
    await userEvent.click(
      screen.getByRole('button', { name: 'Bring back the question you were writing: “What did China do?”' }),
    );
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('What did China do?');
  });

  it('takes the teacher to the first problem when the question cannot be kept', async () => {
    renderWriter();
    await userEvent.click(screen.getByRole('button', { name: 'Keep this question' }));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Not kept yet/);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toHaveTextContent('choose the words the question quotes');
  });
});
