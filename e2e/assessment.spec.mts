// An assessment gives nothing away before it is handed in: not on the question, not in the review deck, the
// catalogue's due count, progress or mastery, and not by taking it again under another name unseen.
import type { Page } from '@playwright/test';
import { choose, expect, expectNoAxeViolations, present, readQuiz, test, type Question } from './support.mts';

const quiz = readQuiz('the-vote-itself');
/** Four questions, one of them select-all-that-apply, so that changing an answer unticks as well as ticks. */
const picked = quiz.questions.slice(0, 4);

async function questionOnScreen(page: Page): Promise<Question> {
  const prompt = await page.getByRole('heading', { level: 2 }).first().textContent();
  return present(
    picked.find((q) => q.prompt === prompt),
    `question with the prompt on screen: ${prompt}`,
  );
}

/** Nothing on the page says right or wrong, gives a right answer, or quotes the source. */
async function expectNothingGivenAway(page: Page, where: string) {
  await expect(page.getByRole('heading', { level: 1 }), `${where} loads`).toBeVisible();
  await expect(page.locator('blockquote'), `a quote on ${where}`).toHaveCount(0);
  await expect(page.getByText(/Right answer|The right answer/), `a right answer on ${where}`).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^(Correct|Incorrect)$/ }), `a verdict on ${where}`).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Review \d+ missed/ }), `a due review on ${where}`).toHaveCount(0);
}

/** The receipt inside a result link, as the gradebook would read it. */
function receiptOf(link: string): Record<string, unknown> {
  const token = present(link.split('#')[1], 'the result link’s token');
  return JSON.parse(Buffer.from(token.slice(3), 'base64url').toString('utf8'));
}

test('an assessment shows no right answer anywhere until it is handed in, and records a rename and a restart', async ({
  openPhone,
}) => {
  const teacher = await openPhone({ width: 1280, height: 800 });
  await teacher.page.goto('/teach');
  const group = teacher.page.getByRole('group', { name: quiz.title });
  await group.getByText(/Choose questions/).click();
  for (const question of picked) await group.getByRole('checkbox', { name: question.prompt, exact: true }).check();
  await teacher.page.getByRole('radio', { name: /Assessment/ }).check();
  await teacher.page.getByRole('textbox', { name: 'Title' }).fill('Friday check');
  await teacher.page.getByLabel('Due date').fill('2021-04-01');
  await teacher.page.getByRole('button', { name: 'Create the assignment link' }).click();
  const link = await teacher.page.getByRole('textbox', { name: 'Link for students' }).inputValue();

  const student = await openPhone();
  const s = student.page;
  await s.goto(link);
  await expect(s.getByText(/This was due on .*2021/)).toBeVisible();
  await s.getByRole('textbox', { name: 'Your name' }).fill('Ana L');
  await s.getByRole('button', { name: 'Start the assignment' }).click();
  // Before the first answer the name can still change: the result will say it did.
  await s.getByRole('button', { name: 'Not you? Change the name' }).click();
  await s.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await s.getByRole('button', { name: 'Start the assignment' }).click();
  await expect(s.getByRole('button', { name: 'Check' })).toHaveCount(0);

  // Two answers wrong, then a look at every page a student could open to find out which.
  const asked: Question[] = [];
  for (let index = 0; index < 2; index += 1) {
    const question = await questionOnScreen(s);
    asked.push(question);
    await choose(s, question, { right: false });
    await s.getByRole('button', { name: 'Save and next' }).click();
    await expectNothingGivenAway(s, `the assessment after answer ${index + 1}`);
    await expect(
      s.getByRole('button', { name: 'Not you? Change the name' }),
      'the name changes mid-attempt',
    ).toHaveCount(0);
  }
  await expect(s.getByText('The name cannot change once you have answered.')).toBeVisible();
  await expectNoAxeViolations(s, 'an assessment question after Save and next');

  for (const path of ['/', '/review', '/progress', `/quiz/${quiz.id}`, `/quiz/${quiz.id}/results`]) {
    await s.goto(path);
    await expectNothingGivenAway(s, path);
  }
  // Practicing the same quiz would show the keys: it stays closed, and says why, until the hand-in.
  for (const path of [`/quiz/${quiz.id}`, `/quiz/${quiz.id}/results`]) {
    await s.goto(path);
    await expect(s.getByRole('heading', { name: 'Closed until your assessment’s answers open' })).toBeVisible();
    await expect(s.getByRole('button', { name: /^(Start|Try again)/ }), `practice offered on ${path}`).toHaveCount(0);
  }
  await s.goto('/review');
  await expect(s.getByText('Nothing to review right now.')).toBeVisible();
  await s.goto('/progress');
  await expect(s.getByRole('img', { name: /^Mastery by topic/ })).not.toHaveAccessibleName(/[1-9]\d* of/);

  // Back at the link: told where they are, the rest answered right, then one wrong answer changed on the summary.
  await s.goto(link);
  await expect(s.getByText(`Welcome back: 2 of ${picked.length} done.`)).toBeVisible();
  await expect(s.getByRole('button', { name: 'Not you? Change the name' })).toHaveCount(0);
  while (asked.length < picked.length) {
    const question = await questionOnScreen(s);
    asked.push(question);
    await choose(s, question, { right: true });
    await s.getByRole('button', { name: 'Save and next' }).click();
  }
  await expect(s.getByRole('heading', { name: 'Your answers, before you hand in' })).toBeVisible();
  await expectNothingGivenAway(s, 'the summary');
  await expectNoAxeViolations(s, 'the summary before handing in');
  await s.getByRole('button', { name: 'Change your answer to question 1' }).click();
  const changed = present(asked[0], 'the first question');
  expect(await questionOnScreen(s)).toEqual(changed);
  for (const box of await s.getByRole('checkbox').all()) await box.uncheck();
  await choose(s, changed, { right: true });
  await s.getByRole('button', { name: 'Save and back to the summary' }).click();
  await s.getByRole('button', { name: 'Hand in' }).click();
  await expect(
    s.getByRole('heading', { name: new RegExp(`^You finished: ${picked.length - 1} of ${picked.length} right`) }),
  ).toBeVisible();
  const missed = present(asked[1], 'the second question');

  await s.goto('/');
  await expect(s.getByRole('link', { name: 'Review 1 missed question due today' })).toBeVisible();
  await s.goto('/review');
  await s.getByRole('button', { name: 'Start the review' }).click();
  await expect(s.getByRole('heading', { level: 2, name: missed.prompt })).toBeVisible();
  await s.goto(`/quiz/${quiz.id}`);
  await expect(s.getByRole('button', { name: 'Start the quiz' }), 'practice open after the hand-in').toBeVisible();

  // Taking it again is allowed, and the result says so.
  await s.goto(link);
  await s.getByRole('button', { name: 'Start again' }).click();
  // The confirmation's own button, in place of the first.
  await s.getByRole('button', { name: 'Start again' }).click();
  for (let index = 0; index < picked.length; index += 1) {
    await choose(s, await questionOnScreen(s), { right: true });
    await s.getByRole('button', { name: 'Save and next' }).click();
  }
  await s.getByRole('button', { name: 'Hand in' }).click();
  await expect(s.getByText('You started again once.')).toBeVisible();
  await expect(s.getByText(/Handed in after the due date/)).toBeVisible();
  const receipt = receiptOf(await s.getByRole('textbox', { name: 'Your result link' }).inputValue());
  expect(receipt).toMatchObject({ name: 'Ana Lopez', restarts: 1, due: '2021-04-01', correct: picked.length });
  expect(receipt.renamedFrom).toEqual(['Ana L']);
  await expect(s.getByText('Before this name you used: Ana L.')).toBeVisible();
  expect(student.consoleErrors).toEqual([]);
});

test('an assessment whose answers open after the due date shows only the score until then', async ({ openPhone }) => {
  const teacher = (await openPhone({ width: 1280, height: 800 })).page;
  await teacher.goto('/teach');
  const group = teacher.getByRole('group', { name: quiz.title });
  await group.getByText(/Choose questions/).click();
  const [only] = picked;
  await group.getByRole('checkbox', { name: present(only, 'a question').prompt, exact: true }).check();
  await teacher.getByRole('radio', { name: /Assessment/ }).check();
  await teacher.getByRole('checkbox', { name: /Not until the day it is due is over/ }).check();
  await teacher.getByRole('button', { name: 'Create the assignment link' }).click();
  await expect(
    teacher.getByText('Give the due date after which students see the answers.', { exact: true }),
  ).toBeVisible();
  await teacher.getByRole('textbox', { name: 'Due date' }).fill('2099-06-01');
  await teacher.getByRole('button', { name: 'Create the assignment link' }).click();
  const link = await teacher.getByRole('textbox', { name: 'Link for students' }).inputValue();

  const s = (await openPhone()).page;
  await s.goto(link);
  await s.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await s.getByRole('button', { name: 'Start the assignment' }).click();
  await choose(s, await questionOnScreen(s), { right: false });
  await s.getByRole('button', { name: 'Save and next' }).click();
  await s.getByRole('button', { name: 'Hand in' }).click();
  await expect(s.getByRole('heading', { name: 'You finished: 0 of 1 right (0%)' })).toBeVisible();
  await expect(
    s.getByText(/Your teacher opens the answers and their quotes after the due date, June 1, 2099/),
  ).toBeVisible();
  await expect(s.getByRole('textbox', { name: 'Your result link' })).toBeVisible();
  await expectNothingGivenAway(s, 'the result before the due date');
  for (const path of ['/', '/review', `/quiz/${quiz.id}`]) {
    await s.goto(path);
    await expectNothingGivenAway(s, `${path} before the due date`);
  }
  await expect(s.getByRole('heading', { name: 'Closed until your assessment’s answers open' })).toBeVisible();
});
