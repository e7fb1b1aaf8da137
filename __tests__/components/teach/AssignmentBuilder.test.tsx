import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import 'fake-indexeddb/auto';
import AssignmentBuilder from '@/components/teach/AssignmentBuilder';
import { decodeAssignment } from '@/lib/assignmentLink';
import { quizListings } from '@/lib/content/outline';
import type { Quiz } from '@/lib/content/schema';
import { makeQuestion, makeQuiz } from '../../fixtures';

// The whole bank the builder fetches when it makes a link, or null for a fetch that fails; it arrives once
// mockBankArrives settles, at once unless a test holds it back.
let mockBank: Quiz[] | null = [];
let mockBankArrives: Promise<void> = Promise.resolve();
jest.mock('@/hooks/useQuestionBank', () => ({
  loadQuestionBank: () => mockBankArrives.then(() => (mockBank ? mockBank : Promise.reject(new Error('offline')))),
  useQuestionBank: () => (mockBank ? { status: 'ready', quizzes: mockBank } : { status: 'failed' }),
}));

/** The builder as its page draws it: the bank listed by prompt, the rest fetched when a link is made. */
function renderBuilder(bank: Quiz[]) {
  mockBank = bank;
  mockBankArrives = Promise.resolve();
  return render(<AssignmentBuilder quizzes={quizListings(bank)} bank="sha256-test" />);
}

const quiz = makeQuiz([
  makeQuestion({ id: 'one' }),
  makeQuestion({ id: 'two', prompt: 'Second?' }),
  makeQuestion({ id: 'three', prompt: 'Third?' }),
]);

function linkToken() {
  const link = (screen.getByRole('textbox', { name: 'Link for students' }) as HTMLTextAreaElement).value;
  return link.split('#')[1] ?? '';
}

describe('AssignmentBuilder', () => {
  it('says what to fix when no question is chosen, and makes no link', async () => {
    renderBuilder([quiz]);
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The link was not made: Choose at least one question.');
    expect(screen.queryByRole('textbox', { name: 'Link for students' })).not.toBeInTheDocument();
  });

  it('makes a link that carries the chosen questions and settings, with a QR code', async () => {
    renderBuilder([quiz]);
    const group = screen.getByRole('group', { name: 'China and Iran' });
    await userEvent.click(within(group).getByText(/Choose questions/));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Second?' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Third?' }));
    await userEvent.click(screen.getByRole('radio', { name: /Assessment/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Friday check');
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));

    // The link shows once the device has kept the assignment, and says so.
    expect(await screen.findByRole('heading', { name: 'Your assignment link is ready' })).toHaveFocus();
    expect(screen.getByText(/^Kept on this device in/)).toHaveTextContent(
      'Kept on this device in My assignments, where you can copy its link again.',
    );
    expect(screen.getByRole('img', { name: 'QR code for the assignment link: Friday check' })).toBeInTheDocument();
    const decoded = decodeAssignment(linkToken());
    expect(decoded).toMatchObject({
      ok: true,
      value: {
        questions: ['china-and-iran:two,three'],
        feedback: 'assessment',
        title: 'Friday check',
        shuffleQuestions: true,
      },
    });
  });

  it('offers a copy of the link with fewer choices: the same assignment, marked as accommodated', async () => {
    renderBuilder([quiz]);
    await userEvent.click(screen.getByRole('checkbox', { name: /All 3 questions/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    await screen.findByRole('heading', { name: 'Your assignment link is ready' });
    await userEvent.click(screen.getByText('A copy with fewer choices, as an accommodation'));
    const copy = (screen.getByRole('textbox', { name: 'Link with fewer choices' }) as HTMLTextAreaElement).value;
    const plain = decodeAssignment(linkToken());
    const accommodated = decodeAssignment(copy.split('#')[1] ?? '');
    expect(plain.ok && plain.value.fewerChoices).toBeUndefined();
    expect(accommodated).toEqual({ ok: true, value: { ...(plain.ok && plain.value), fewerChoices: true } });
  });

  it('rejects a draw larger than the questions chosen', async () => {
    renderBuilder([quiz]);
    await userEvent.click(screen.getByRole('checkbox', { name: /All 3 questions/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'A random draw' }));
    const count = screen.getByRole('spinbutton', { name: 'Number of questions to draw' });
    await userEvent.clear(count);
    await userEvent.type(count, '9');
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    expect(count).toHaveAccessibleDescription('Draw a whole number of questions from 1 to 3.');
  });

  it('says when the chosen questions have too few passages for one question a passage', async () => {
    renderBuilder([quiz]);
    await userEvent.click(screen.getByRole('checkbox', { name: /All 3 questions/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'A random draw' }));
    const count = screen.getByRole('spinbutton', { name: 'Number of questions to draw' });
    await userEvent.clear(count);
    await userEvent.type(count, '2');
    expect(screen.getByText(/These questions quote 1 passage, so some students get two questions/)).toBeVisible();
    await userEvent.clear(count);
    await userEvent.type(count, '1');
    expect(screen.queryByText(/These questions quote/)).not.toBeInTheDocument();
  });

  it('keeps the choices and says the link is too long for a QR code when it is', async () => {
    // Long question ids, all but one chosen: the link then names every one of them.
    const long = makeQuiz(
      Array.from({ length: 90 }, (_, i) =>
        makeQuestion({ id: `question-about-the-report-number-${i + 1}`, prompt: `Question ${i + 1}?` }),
      ),
    );
    renderBuilder([long]);
    const group = screen.getByRole('group', { name: 'China and Iran' });
    await userEvent.click(within(group).getByRole('checkbox', { name: /All 90 questions/ }));
    await userEvent.click(within(group).getByText(/Choose questions/));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Question 1?' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));

    expect(await screen.findByRole('heading', { name: 'Your assignment link is ready' })).toBeInTheDocument();
    expect(
      screen.getByText(/^This link is too long for a QR code \(\d,\d{3} characters\)\. Copy it into an email/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
    expect(decodeAssignment(linkToken())).toMatchObject({ ok: true });
    expect(within(group).getByRole('checkbox', { name: 'Question 1?' })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Question 90?' })).toBeChecked();
    expect(screen.getByText('89 questions chosen.')).toBeInTheDocument();
  }, 20_000); // It ticks 89 boxes one by one as a teacher would: seconds on a loaded machine.

  it('keeps the form as it was while the link is made, so the link shown is the one the form describes', async () => {
    renderBuilder([quiz]);
    await userEvent.click(screen.getByRole('checkbox', { name: /All 3 questions/ }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.type(title, 'Friday check');
    let arrive = () => {};
    mockBankArrives = new Promise((resolve) => (arrive = resolve));
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    // A slow connection: the teacher goes on typing before the link is made.
    expect(title).toBeDisabled();
    await userEvent.type(title, ' (second period)');
    arrive();
    await screen.findByRole('heading', { name: 'Your assignment link is ready' });
    expect(title).toBeEnabled();
    expect(title).toHaveValue('Friday check');
    expect(decodeAssignment(linkToken())).toMatchObject({ ok: true, value: { title: 'Friday check' } });
  });

  it('says when the questions could not be fetched to make the link, and keeps what the teacher chose', async () => {
    renderBuilder([quiz]);
    mockBank = null;
    await userEvent.click(screen.getByRole('checkbox', { name: /All 3 questions/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Friday check');
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The link was not made. The questions could not be loaded: check that this device is online, then press Create again.',
    );
    expect(screen.queryByRole('textbox', { name: 'Link for students' })).not.toBeInTheDocument();
    expect(screen.getByText('3 questions chosen.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Friday check');

    // Online again, the same press makes it.
    mockBank = [quiz];
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    expect(await screen.findByRole('heading', { name: 'Your assignment link is ready' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('');
  });

  it('makes one link for a double press, and waits while it makes it', async () => {
    const { assignmentsStore } = await import('@/store/assignments');
    const keep = jest.spyOn(assignmentsStore.getState().actions, 'keep');
    renderBuilder([quiz]);
    await userEvent.click(screen.getByRole('checkbox', { name: /All 3 questions/ }));
    const button = screen.getByRole('button', { name: 'Create the assignment link' });
    await userEvent.dblClick(button);
    await screen.findByRole('heading', { name: 'Your assignment link is ready' });
    expect(keep).toHaveBeenCalledTimes(1);
    expect(button).toBeEnabled();
    keep.mockRestore();
  });

  it('says when the device would not keep the assignment, and shows the link to copy now', async () => {
    const { assignmentsStore } = await import('@/store/assignments');
    jest
      .spyOn(assignmentsStore.getState().actions, 'keep')
      .mockRejectedValueOnce(new DOMException('Full', 'QuotaExceededError'));
    renderBuilder([quiz]);
    await userEvent.click(
      within(screen.getByRole('group', { name: 'China and Iran' })).getByRole('checkbox', { name: /^All/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    expect(await screen.findByText(/would not keep the assignment/)).toHaveTextContent(
      'This browser would not keep the assignment, so it is not in My assignments: copy the link now.',
    );
    expect(linkToken()).toMatch(/^a1\./);
  });
});

describe('AssignmentBuilder with the teacher’s own questions', () => {
  it('offers them as My questions and carries the chosen ones in a format 2 link, with its length', async () => {
    const { teacherQuestionsStore } = await import('@/store/teacherQuestions');
    const mine = makeQuestion({ id: 'mine-abcd1234', prompt: 'My own question?' });
    await teacherQuestionsStore.getState().actions.keep(mine);
    renderBuilder([quiz]);
    const group = await screen.findByRole('group', { name: 'My questions' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'All 1 questions (written by you)' }));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'China and Iran' })).getByRole('checkbox', { name: /All 3 questions/ }),
    );
    expect(screen.getByText('4 questions chosen.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create the assignment link' }));
    await screen.findByRole('heading', { name: 'Your assignment link is ready' });
    const token = linkToken();
    expect(token).toMatch(/^a2\./);
    const link = (screen.getByRole('textbox', { name: 'Link for students' }) as HTMLTextAreaElement).value;
    expect(screen.getByText(/^The link is [\d,]+ characters long/)).toHaveTextContent(
      `The link is ${link.length.toLocaleString('en-US')} characters long`,
    );
    const { decodeAssignmentLink } = await import('@/lib/ownAssignmentLink');
    expect(await decodeAssignmentLink(token)).toMatchObject({
      ok: true,
      value: { questions: ['china-and-iran', 'my-questions'], ownQuestions: [mine] },
    });
  });
});
