import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LmsDownloads from '@/components/teach/LmsDownloads';
import type { Assignment } from '@/lib/assignment';
import { loadQuizzes } from '@/lib/content/load';
import { itemTitle } from '@/lib/lms/items';

const quizzes = loadQuizzes();
const assignment: Assignment = {
  version: 1,
  id: 'abcd1234',
  questions: ['read-like-an-analyst'],
  shuffleQuestions: true,
  shuffleChoices: true,
  feedback: 'practice',
  title: 'Week 3',
  contentVersion: '00000000',
};
const analyst = quizzes.find((q) => q.id === 'read-like-an-analyst')!;

async function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('the files for a learning management system', () => {
  const blobs: Blob[] = [];
  const saved: string[] = [];
  beforeEach(() => {
    blobs.length = 0;
    saved.length = 0;
    // jsdom has no object URLs; catching the Blob here is the file the browser would save.
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:lms');
    URL.revokeObjectURL = () => {};
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });

  it('says what each file is for', () => {
    render(<LmsDownloads assignment={assignment} quizzes={quizzes} />);
    expect(screen.getByRole('button', { name: 'Download QTI 1.2 (.zip)' })).toBeInTheDocument();
    expect(screen.getByText(/Canvas Classic Quizzes/)).toBeInTheDocument();
    expect(screen.getByText(/Schoology or Blackboard/)).toBeInTheDocument();
  });

  it('downloads the assignment as Aiken and names the questions Aiken could not hold', async () => {
    render(<LmsDownloads assignment={assignment} quizzes={quizzes} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download Aiken (.txt)' }));
    await waitFor(() => expect(saved).toEqual(['sourcecheck-abcd1234.aiken.txt']));
    const multi = analyst.questions.filter((q) => q.type === 'multi');
    expect(multi.length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(
      `${analyst.questions.length - multi.length} of ${analyst.questions.length} questions. Left out: “${itemTitle(multi[0]!)}” (Aiken has no select-all questions)`,
    );
    const aiken = await textOf(blobs[0]!);
    expect(aiken.startsWith(`${analyst.questions.find((q) => q.type !== 'multi')!.prompt}\nA. `)).toBe(true);
  });
});
