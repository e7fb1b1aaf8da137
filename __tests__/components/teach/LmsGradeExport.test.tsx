import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LmsGradeExport from '@/components/teach/LmsGradeExport';
import { groupByAssignment, ROWS_SHOWN } from '@/lib/gradebook';
import { makeReceipt } from '@/lib/receipt';

/** One student's right answer to the warm-up. */
const warmUp = (name: string, className?: string) =>
  makeReceipt({
    assignment: 'k3x9mp2a',
    title: 'Warm-up',
    ...(className ? { className } : {}),
    name,
    questions: ['china-and-iran/one'],
    answers: [['considered']],
    correct: 1,
    startedAt: 0,
    finishedAt: 180_000,
    contentVersion: 'deadbeef',
  });

const groups = groupByAssignment([warmUp('Zoë', 'Civics 3')]);

async function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('grades for the school’s gradebook', () => {
  const blobs: Blob[] = [];
  beforeEach(() => {
    blobs.length = 0;
    localStorage.clear();
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:grades');
    URL.revokeObjectURL = () => {};
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => jest.restoreAllMocks());

  it('uses the names matched to the school’s system and keeps them for next time', async () => {
    const { unmount } = render(<LmsGradeExport groups={groups} />);
    await userEvent.click(screen.getByText(/Match names to your system \(1 students\)/));
    await userEvent.type(screen.getByRole('textbox', { name: 'Name in your system for Zoë' }), 'Zoë Adams');
    await userEvent.type(screen.getByRole('textbox', { name: 'ID in your system for Zoë' }), '77');
    expect(screen.getByRole('status')).toHaveTextContent('Kept on this device for next time.');
    await userEvent.click(screen.getByRole('button', { name: 'Download for the Canvas gradebook' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await textOf(blobs[0]!)).toContain('\r\nZoë Adams,77,,,Civics 3,1\r\n');

    unmount();
    render(<LmsGradeExport groups={groups} />);
    await userEvent.click(screen.getByText(/Match names/));
    expect(screen.getByRole('textbox', { name: 'Name in your system for Zoë' })).toHaveValue('Zoë Adams');
  });

  it('says so when the browser will not keep the names, and still uses them', async () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<LmsGradeExport groups={groups} />);
    await userEvent.click(screen.getByText(/Match names/));
    await userEvent.type(screen.getByRole('textbox', { name: 'Name in your system for Zoë' }), 'Z');
    expect(screen.getByRole('status')).toHaveTextContent('This browser would not keep the names');
    await userEvent.click(screen.getByRole('button', { name: 'Download for Google Sheets' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await textOf(blobs[0]!)).toContain('\r\nZ,,Civics 3,100\r\n');
  });

  it('shows a district’s thousands of names a class at a time, all on asking', async () => {
    const many = groupByAssignment(Array.from({ length: 450 }, (_, index) => warmUp(`Student ${index + 1}`)));
    render(<LmsGradeExport groups={many} />);
    expect(screen.queryAllByRole('textbox', { hidden: true })).toHaveLength(0);
    await userEvent.click(screen.getByText(/Match names to your system \(450 students\)/));
    expect(screen.getAllByRole('textbox', { name: /^Name in your system for/ })).toHaveLength(ROWS_SHOWN);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 450 students' }));
    expect(screen.getAllByRole('textbox', { name: /^Name in your system for/ })).toHaveLength(450);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
