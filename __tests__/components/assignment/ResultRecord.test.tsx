import { render, screen } from '@testing-library/react';
import ResultRecord from '@/components/assignment/ResultRecord';
import { makeReceipt, type ReceiptInput } from '@/lib/receipt';

const input: ReceiptInput = {
  assignment: 'k3x9mp2a',
  name: 'Ana',
  questions: ['china-and-iran/one'],
  answers: [['considered']],
  correct: 1,
  startedAt: Date.UTC(2026, 2, 1),
  finishedAt: Date.UTC(2026, 2, 1, 0, 5),
  contentVersion: 'deadbeef',
};

describe('ResultRecord', () => {
  it('tells the student that the teacher sees the accommodation with the result', () => {
    render(<ResultRecord receipt={makeReceipt({ ...input, fewerChoices: true })} />);
    expect(screen.getByText('Your teacher sees this with your result:')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(/^Taken with fewer choices/);
  });

  it('says nothing for a result taken with every choice', () => {
    const { container } = render(<ResultRecord receipt={makeReceipt(input)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
