// A self-learner: the review deck of missed questions, progress and its file, two tabs at once.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  answer,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  present,
  readQuiz,
  test,
} from './support.mts';

const quiz = readQuiz('the-vote-itself');

/** Takes the whole quiz, missing the questions whose positions are listed. */
async function takeQuiz(page: Page, missed: number[]) {
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (const [index, question] of quiz.questions.entries()) {
    await answer(page, question, { right: !missed.includes(index) });
    await page
      .getByRole('button', { name: index === quiz.questions.length - 1 ? 'See my results' : 'Next question' })
      .click();
  }
  await expect(page.getByTestId('score')).toBeVisible();
}

test('a self-learner misses two questions, finds them in review, answers them and sees the deck shrink', async ({
  page,
  consoleErrors,
}) => {
  await takeQuiz(page, [0, 1]);

  await page.goto('/');
  await page.getByRole('link', { name: 'Review 2 missed questions due today' }).click();
  await expect(page.getByText('2 missed questions are due.')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `/review in ${colorScheme} mode`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Start the review' }).click();
  const missed = quiz.questions.slice(0, 2).map((q) => q.prompt);
  for (const index of [0, 1]) {
    const prompt = await page.getByRole('heading', { level: 2 }).first().textContent();
    expect(missed, 'review serves the missed questions').toContain(prompt);
    await answer(
      page,
      present(
        quiz.questions.find((q) => q.prompt === prompt),
        `question ${prompt}`,
      ),
      { right: true },
    );
    if (index === 0) await expectNoAxeViolations(page, 'a review question after answering');
    await page.getByRole('button', { name: index === 1 ? 'Finish the review' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Review done: 2 of 2 right' })).toBeVisible();
  await expect(page.getByText('Every one right: each comes back later, further apart each time.')).toBeVisible();
  await expect(page.getByText(/^Next review: \w+day, .*, 2 questions\.$/)).toBeVisible();

  await page.goto('/');
  await expect(page.getByTestId(`status-${quiz.id}`).getByText('Best score')).toBeVisible();
  await expect(page.getByRole('link', { name: /missed questions? due/ }), 'nothing is due any more').toHaveCount(0);
  await page.goto('/review');
  await expect(page.getByText('Nothing to review right now.')).toBeVisible();
  await expect(page.locator('main')).toContainText(/Next review: \w+day, \w+ \d+, \d{4}, 2 questions\./);
  expect(consoleErrors).toEqual([]);
});

test('progress shows scores, mastery and streak, and moves to another device as a file', async ({
  page,
  openPhone,
}) => {
  await takeQuiz(page, [3]);
  await page.goto('/progress');
  await expect(page.getByText('1 day in a row practiced.')).toBeVisible();
  const total = quiz.questions.length;
  await expect(page.getByRole('row', { name: new RegExp(quiz.title) })).toContainText(`${total - 1} of ${total}`);
  await expect(page.getByRole('img', { name: /^Mastery by topic: The vote/ })).toBeVisible();
  await page.getByText('Show as a table').click();
  await expect(page.getByRole('table', { name: 'Mastery by topic' })).toContainText('The vote');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `/progress in ${colorScheme} mode`);
  }

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my progress' }).click(),
  ]);
  const file = await download.path();

  const other = (await openPhone()).page;
  await other.goto('/progress');
  await expect(other.getByText(/^Start your streak today/)).toBeVisible();
  const input = other.locator('input[type=file]');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"sourcecheck"'),
  });
  await expect(other.getByText('broken.json was not imported, and nothing changed.')).toBeVisible();
  await input.setInputFiles({
    name: 'sourcecheck-progress.json',
    mimeType: 'application/json',
    buffer: await readFile(file),
  });
  await expect(other.getByText(/Imported sourcecheck-progress\.json/)).toBeVisible();
  await expect(other.getByRole('row', { name: new RegExp(quiz.title) })).toContainText(`${total - 1} of ${total}`);
});

test('two tabs answering different quizzes both keep their progress', async ({ context, page: tabA }) => {
  const tabB = await context.newPage();
  const china = readQuiz('china-and-iran');
  await tabA.goto(`/quiz/${quiz.id}`);
  await tabB.goto(`/quiz/${china.id}`);
  await tabA.getByRole('button', { name: 'Start the quiz' }).click();
  await tabB.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 2; i += 1) {
    await answer(tabA, present(quiz.questions[i], `question ${i + 1}`), { right: true });
    await tabA.getByRole('button', { name: 'Next question' }).click();
    await answer(tabB, present(china.questions[i], `question ${i + 1}`), { right: false });
    await tabB.getByRole('button', { name: 'Next question' }).click();
  }
  for (const [tab, id] of [
    [tabA, quiz.id],
    [tabB, china.id],
  ] as const) {
    await tab.reload();
    await expect(tab.getByRole('progressbar'), `${id} kept its place`).toHaveAttribute(
      'aria-valuetext',
      /^Question 3 of /,
    );
  }
  const saved = await tabA.evaluate(() => JSON.parse(localStorage.getItem('sourcecheck-progress') ?? 'null').state);
  expect(Object.keys(saved.quizzes[quiz.id].current.answers)).toHaveLength(2);
  expect(Object.keys(saved.quizzes[china.id].current.answers)).toHaveLength(2);
  expect(Object.keys(saved.review), 'both missed questions are in the review deck').toHaveLength(2);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // Dark mode changes the palette alone (app/globals.css sets only colours under prefers-color-scheme), so a page
  // is as wide in either: it is looked at in dark mode, and in light mode by textSettings.spec.mts at every size.
  test('no page scrolls sideways at 320 px, in dark mode, once loaded', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of [
      '/',
      '/review',
      '/progress',
      '/teach',
      '/teach/results',
      '/assignment',
      '/quiz/the-vote-itself/results',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page, `${path} at 320 px (dark)`);
    }
  });
});
