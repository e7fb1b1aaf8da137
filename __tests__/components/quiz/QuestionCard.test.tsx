import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import QuestionCard from '@/components/quiz/QuestionCard';
import type { Question } from '@/lib/content/schema';
import type { AnswerRecord } from '@/lib/progress/schema';
import { isCorrect } from '@/lib/scoring';
import { makeQuestion } from '../../fixtures';

function Harness({
  question,
  onCheck = () => {},
  assessment = false,
}: {
  question: Question;
  onCheck?: (ids: string[]) => void;
  assessment?: boolean;
}) {
  const [record, setRecord] = useState<AnswerRecord>();
  const shared = {
    question,
    record,
    onCheck: (choiceIds: string[]) => {
      onCheck(choiceIds);
      setRecord({ choiceIds, correct: isCorrect(question, choiceIds) });
    },
    focusOnMount: false,
  };
  return assessment ? (
    <QuestionCard {...shared} saveLabel="Save and next" />
  ) : (
    <QuestionCard {...shared} onNext={() => {}} nextLabel="Next question" />
  );
}

describe('QuestionCard', () => {
  it('offers the choices as a radio group named by the prompt', () => {
    render(<Harness question={makeQuestion()} />);
    const group = screen.getByRole('group', { name: /What does the report say China did/ });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByText('Choose one answer.')).toBeInTheDocument();
  });

  it('does not submit a choice on selection: only Check does', async () => {
    const onCheck = jest.fn();
    render(<Harness question={makeQuestion()} onCheck={onCheck} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Deployed them widely' }));
    expect(onCheck).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: /Correct|Incorrect/ })).not.toBeInTheDocument();
  });

  it('keeps the feedback it has drawn ahead unseen, and out of the accessibility tree, until Check', async () => {
    render(<Harness question={makeQuestion()} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Considered them but did not deploy them' }));
    // Drawn once its code has loaded, for a wrong answer, whatever is chosen.
    const drawn = await waitFor(() => {
      const section = document.querySelector('section[aria-labelledby^="feedback-"]');
      expect(section).not.toBeNull();
      return section as HTMLElement;
    });
    expect(drawn).not.toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Read paragraph 15 in context' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('region', { name: 'Correct' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Read paragraph 15 in context' })).toBeVisible();
  });

  it('asks for a choice when Check is pressed with none', async () => {
    const onCheck = jest.fn();
    render(<Harness question={makeQuestion()} onCheck={onCheck} />);
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(onCheck).not.toHaveBeenCalled();
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Choose an answer first/);
  });

  it('says Correct in words, explains, and quotes the source with its speaker', async () => {
    render(<Harness question={makeQuestion()} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Considered them but did not deploy them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));

    // The feedback's code loads after the card paints: the first test waits for it.
    const feedback = await screen.findByRole('region', { name: 'Correct' });
    // Focus moves just after the frame that shows the feedback.
    await waitFor(() => expect(feedback).toHaveFocus());
    expect(feedback).toHaveTextContent('The report says China considered influence efforts but did not deploy them.');
    expect(feedback.querySelector('blockquote')).toHaveTextContent(
      'We assess that China considered but did not deploy influence efforts',
    );
    // No choice named the report's publisher, so the quote's speaker is where the question first does.
    expect(feedback).toHaveTextContent(
      'Who is speaking: The Office of the Director of National Intelligence (ODNI) report.',
    );
    expect(feedback).toHaveTextContent('NPR, paragraph 15. Read paragraph 15 in context');
    expect(screen.getByText('Full citation')).toBeInTheDocument();
    // The way back to this page travels with the link.
    expect(screen.getByRole('link', { name: 'Read paragraph 15 in context' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/npr-2021-03-16-russia-2020-election\?quote=We\+assess.*&back=%2F#p-15$/),
    );
    expect(screen.getByRole('button', { name: 'Next question' })).toBeInTheDocument();
  });

  it('names both speakers where the words are NPR’s and the claim is Trump’s, and spells out ODNI once', async () => {
    const question = makeQuestion({
      type: 'speaker',
      prompt: 'Who made this claim, according to the article? China was making a major push to support Biden.',
      choices: [
        { id: 'npr', text: 'NPR' },
        { id: 'report', text: 'The ODNI report' },
        { id: 'trump', text: 'Trump and his supporters' },
      ],
      answer: ['trump'],
      quote: {
        text: 'He made the counter-claim that China was making a major push to support Biden.',
        sourceId: 'npr-2021-03-16-russia-2020-election',
        speaker: 'npr',
        paragraph: 13,
      },
    });
    render(<Harness question={question} />);
    expect(
      screen.getByRole('radio', { name: 'The Office of the Director of National Intelligence (ODNI) report' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Trump and his supporters' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    const feedback = screen.getByRole('region', { name: 'Correct' });
    expect(feedback).toHaveTextContent('Words: NPR’s narration. Claim: Trump’s or his supporters’.');
    expect(feedback).not.toHaveTextContent('Who is speaking');
    expect(feedback).not.toHaveTextContent('Office of the Director');
    // Each speaker's description waits behind "What does this mean?".
    const meaning = screen.getByText('What does this mean?').closest('details')!;
    expect(meaning).not.toHaveAttribute('open');
    expect(meaning).toHaveTextContent('Claims by Trump and his supporters, as described by NPR');
  });

  it('says Incorrect, names the right answer and marks both choices in words', async () => {
    render(<Harness question={makeQuestion()} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Never considered them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));

    const feedback = screen.getByRole('region', { name: 'Incorrect' });
    expect(feedback).toHaveTextContent('The right answer: Considered them but did not deploy them');
    expect(screen.getByText('Your choice')).toBeInTheDocument();
    expect(screen.getByText('Right answer')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Never considered them/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
  });

  it('takes several choices for select-all-that-apply and grades them together', async () => {
    const question = makeQuestion({ type: 'multi', answer: ['deployed', 'never'] });
    render(<Harness question={question} />);
    expect(screen.getByText('Select all that apply.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Deployed them widely' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Never considered them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('region', { name: 'Correct' })).toBeInTheDocument();
  });

  it('can be answered with the keyboard alone', async () => {
    render(<Harness question={makeQuestion()} />);
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Deployed them widely' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Considered them but did not deploy them' })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Correct' })).toHaveFocus());
  });

  it('in an assessment, saves the answer with one press, without telling right from wrong, and lets it change', async () => {
    const onCheck = jest.fn();
    render(<Harness question={makeQuestion()} onCheck={onCheck} assessment />);
    expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save and next' }));
    expect(screen.getByText('Choose an answer first, then press Save and next.')).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: 'Never considered them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and next' }));
    expect(onCheck).toHaveBeenLastCalledWith(['never']);
    expect(screen.queryByText(/Correct|Incorrect|Right answer|Your choice/)).not.toBeInTheDocument();
    expect(document.querySelector('blockquote')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Deployed them widely' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and next' }));
    expect(onCheck).toHaveBeenLastCalledWith(['deployed']);
    expect(screen.queryByText(/Correct|Incorrect/)).not.toBeInTheDocument();
  });
});
