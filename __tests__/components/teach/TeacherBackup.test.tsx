import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import 'fake-indexeddb/auto';
import TeacherBackup from '@/components/teach/TeacherBackup';
import { backupFile } from '@/lib/teacherBackup';
import { gradebookStore } from '@/store/gradebook';
import { backedUp } from '../../fixtures';

// jsdom's File has no text(); the browser's does.
const file = (name: string, text: string) =>
  Object.assign(new File([text], name, { type: 'application/json' }), { text: async () => text });

describe('the teacher’s backup', () => {
  it('warns that the file is private, refuses a damaged file unchanged, and restores a good one', async () => {
    render(<TeacherBackup />);
    expect(screen.getByText(/Keep the file private/)).toHaveTextContent('anyone who has it can open the results');
    expect(await screen.findByText('No backup has been downloaded in this browser yet.')).toBeInTheDocument();
    const input = screen.getByLabelText('Restore a backup');
    await userEvent.upload(input, file('notes.json', '{"app":"sourcecheck"'));
    expect(await screen.findByText(/^notes\.json was not restored, and nothing changed\./)).toHaveTextContent(
      'not readable JSON',
    );
    expect(gradebookStore.getState().receipts).toEqual([]);
    await userEvent.upload(input, file('backup.json', backupFile(backedUp, Date.now())));
    expect(await screen.findByText(/^Restored backup\.json/)).toHaveTextContent(
      'Restored backup.json: 1 result added (0 already here), 1 assignment, 1 roster and 1 drop box new to this device, merged with what was here.',
    );
    expect(gradebookStore.getState().receipts).toEqual(backedUp.results);
    // A restored result is in a backup, so the page does not ask for another for it.
    expect(screen.queryByText(/in no backup yet/)).not.toBeInTheDocument();
  });
});
