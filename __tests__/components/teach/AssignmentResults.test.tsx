import { act, render, screen, waitFor, within } from '@testing-library/react';
import 'fake-indexeddb/auto';
import userEvent from '@testing-library/user-event';
import AssignmentResults from '@/components/teach/AssignmentResults';
import { questionLookup } from '@/lib/content/refs';
import { groupByAssignment } from '@/lib/gradebook';
import { makeReceipt, type ReceiptInput } from '@/lib/receipt';
import { gradebookStore, useGradebook } from '@/store/gradebook';
import { makeQuestion, makeQuiz } from '../../fixtures';

const quiz = makeQuiz([makeQuestion({ id: 'one' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);
const lookup = questionLookup([quiz]);
const base: ReceiptInput = {
  assignment: 'k3x9mp2a',
  title: 'Warm-up',
  className: 'Civics 3',
  name: 'Ana',
  questions: ['china-and-iran/one', 'china-and-iran/two'],
  answers: [['considered'], ['never']],
  correct: 1,
  startedAt: 0,
  finishedAt: 180_000,
  contentVersion: 'deadbeef',
};

function Harness() {
  const receipts = useGradebook((s) => s.receipts);
  const [group] = groupByAssignment(receipts);
  return group ? <AssignmentResults group={group} lookup={lookup} /> : <p>No results</p>;
}

beforeEach(async () => {
  const { load, deleteAssignment, importResults } = gradebookStore.getState().actions;
  await act(async () => {
    await load();
    await deleteAssignment(base.assignment);
    await importResults([
      makeReceipt(base),
      makeReceipt({ ...base, name: '=HYPERLINK("x")', answers: [['never'], ['never']], correct: 0 }),
    ]);
  });
});

describe('the gradebook table', () => {
  it('says beside the score of a student who had fewer choices that they did, and only beside theirs', async () => {
    await act(async () => {
      await gradebookStore.getState().actions.importResults([makeReceipt({ ...base, name: 'Bo', fewerChoices: true })]);
    });
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'Results for Warm-up' });
    expect(within(table).getByRole('row', { name: /^Bo/ })).toHaveTextContent('1 of 2 (50%) fewer choices');
    expect(within(table).getByRole('row', { name: /^Ana/ })).not.toHaveTextContent('fewer choices');
  });

  it('lists each student with score and time taken, and the hardest question first', () => {
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'Results for Warm-up' });
    expect(within(table).getByRole('row', { name: /^Ana/ })).toHaveTextContent('1 of 2 (50%)3 min');
    expect(within(table).getByRole('rowheader', { name: '=HYPERLINK("x")' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      '0% right (0 of 2). Right answer: Considered them but did not deploy them. Most chosen wrong answer: Never considered them (2)',
    );
    expect(screen.getByText(/Class mean 25%, median 25%, range 0% to 50%/)).toBeInTheDocument();
  });

  it('deletes a student’s result from its row menu, only after confirmation', async () => {
    render(<Harness />);
    expect(screen.queryByRole('button', { name: 'Delete Ana' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'More for Ana' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete Ana' }));
    expect(screen.getByRole('row', { name: /^Ana/ })).toBeInTheDocument();
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Delete Ana’s result?' })).getByRole('button', { name: 'Delete' }),
    );
    // The row goes once the device has deleted the result, which is a write of its own.
    await waitFor(() => expect(screen.queryByRole('row', { name: /^Ana/ })).not.toBeInTheDocument());
    expect(gradebookStore.getState().receipts).toHaveLength(1);
  });

  it('sorts by a column header, either way, and shows a student’s answers beside the right ones when their name is chosen', async () => {
    render(<Harness />);
    const names = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()).toEqual(['=HYPERLINK("x")', 'Ana']);
    const score = screen.getByRole('columnheader', { name: 'Score' });
    expect(score).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(score).getByRole('button', { name: 'Score' }));
    expect(names()).toEqual(['Ana', '=HYPERLINK("x")']);
    expect(score).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(score).getByRole('button', { name: 'Score' }));
    expect(names()).toEqual(['=HYPERLINK("x")', 'Ana']);
    expect(score).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: 'Ana' }));
    const answers = await screen.findByRole('region', { name: 'Ana’s answers' });
    expect(answers).toHaveTextContent('1 of 2 right in 3 min.');
    expect(answers).toHaveTextContent('Wrong: answered Never considered themRight answer: Considered them');
    expect(within(answers).getAllByRole('blockquote')).toHaveLength(2);
  });
  it('prints the class summary: this assignment alone, then the page as it was', async () => {
    const print = jest.fn();
    window.print = print;
    render(<Harness />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print class summary' }));
    expect(print).toHaveBeenCalledTimes(1);
    const section = screen.getByRole('heading', { level: 2, name: /Warm-up/ }).closest('section');
    expect(section).toHaveAttribute('data-printed');
    expect(document.body).toHaveAttribute('data-printing');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(section).not.toHaveAttribute('data-printed');
    expect(document.body).not.toHaveAttribute('data-printing');
  });
});

describe('the CSV download', () => {
  function bytesOf(blob: Blob): Promise<Uint8Array> {
    return new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blob);
    });
  }

  it('downloads a UTF-8 file with a byte-order mark, so Excel shows accents', async () => {
    await act(() => gradebookStore.getState().actions.importResults([makeReceipt({ ...base, name: 'Zoë Ñúñez' })]));
    // jsdom has no object URLs; catching the Blob here is the file the browser would save.
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:gradebook');
    URL.revokeObjectURL = () => {};
    const saved: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toEqual(['warm-up.csv']));
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toContain('\r\nZoë Ñúñez,');
  });
});
