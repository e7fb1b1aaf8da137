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

  it('names each field’s problems beside it, read with the field', async () => {
    renderWriter();
    const prompt = screen.getByRole('textbox', { name: 'Prompt' });
    const explanation = screen.getByRole('textbox', { name: /^Explanation/ });
    /** The texts a field's aria-describedby points at (jsdom's description leaves out a hint inside the label). */
    const describing = (field: HTMLElement) =>
      (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(prompt).not.toBeInvalid();
    expect(describing(explanation)).toEqual([
      'Shown after the answer. Words in quotation marks must be the source’s own.',
      '',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Keep this question' }));
    expect(prompt).toBeInvalid();
    expect(prompt).toHaveAccessibleDescription(/\S/);
    expect(explanation).toBeInvalid();
    expect(describing(explanation)[1]).toMatch(/\S/);
  });

  it('keeps the question on the device as it is written, and says so when the browser will not', async () => {
    const { unmount } = renderWriter();
    await userEvent.type(screen.getByRole('textbox', { name: 'Prompt' }), 'What did China do?');
    unmount();
    renderWriter();
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('What did China do?');
    const refuse = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await userEvent.type(screen.getByRole('textbox', { name: 'Prompt' }), ' And Iran?');
      expect(
        screen.getByText(
          'This browser will not keep the question while you write it: a reload loses what is not kept below.',
        ),
      ).toHaveAttribute('role', 'alert');
    } finally {
      refuse.mockRestore();
    }
  });
});
