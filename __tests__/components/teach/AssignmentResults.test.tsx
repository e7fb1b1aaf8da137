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
  it('lists each student with score and time taken, and the hardest question first', () => {
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'Results for Warm-up' });
    expect(within(table).getByRole('row', { name: /^Ana/ })).toHaveTextContent('1 of 2 (50%)3 min');
    expect(within(table).getByRole('rowheader', { name: '=HYPERLINK("x")' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('0% right (0 of 2). Most chosen wrong answer: Never considered them (2)');
  });

  it('deletes a student’s result only after confirmation', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete Ana' }));
    expect(screen.getByRole('row', { name: /^Ana/ })).toBeInTheDocument();
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Delete Ana’s result?' })).getByRole('button', { name: 'Delete' }),
    );
    expect(screen.queryByRole('row', { name: /^Ana/ })).not.toBeInTheDocument();
    expect(gradebookStore.getState().receipts).toHaveLength(1);
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
