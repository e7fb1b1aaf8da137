import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import {
  answer,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openPhone,
  readQuiz,
  sharedBrowser,
} from './support.mjs';

const browser = sharedBrowser();

const quiz = readQuiz('the-vote-itself');

/** Takes the whole quiz, missing the questions whose positions are listed. */
async function takeQuiz(page, missed) {
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (const [index, question] of quiz.questions.entries()) {
    await answer(page, question, { right: !missed.includes(index) });
    await page
      .getByRole('button', { name: index === quiz.questions.length - 1 ? 'See my results' : 'Next question' })
      .click();
  }
  await page.getByTestId('score').waitFor();
}

test('a self-learner misses two questions, finds them in review, answers them and sees the deck shrink', async () => {
  const { context, page, consoleErrors } = await openPhone(browser());
  await takeQuiz(page, [0, 1]);

  await page.goto('/');
  await page.getByRole('link', { name: 'Review 2 missed questions due today' }).click();
  await page.getByText('2 missed questions are due.').waitFor();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `/review in ${scheme} mode`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Start the review' }).click();
  for (const index of [0, 1]) {
    const prompt = await page.getByRole('heading', { level: 2 }).first().textContent();
    const question = quiz.questions.find((q) => q.prompt === prompt);
    assert.ok(
      [quiz.questions[0].prompt, quiz.questions[1].prompt].includes(prompt),
      'review serves the missed questions',
    );
    await answer(page, question, { right: true });
    if (index === 0) await expectNoAxeViolations(page, 'a review question after answering');
    await page.getByRole('button', { name: index === 1 ? 'Finish the review' : 'Next question' }).click();
  }
  await page.getByRole('heading', { name: 'Review done: 2 of 2 right' }).waitFor();

  await page.goto('/');
  await page.getByTestId(`status-${quiz.id}`).getByText('Best score').waitFor();
  assert.equal(await page.getByRole('link', { name: /missed questions? due/ }).count(), 0, 'nothing is due any more');
  await page.goto('/review');
  await page.getByText('Nothing to review right now.').waitFor();
  assert.match(await page.locator('main').textContent(), /The next question comes back on/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('progress shows scores, mastery and streak, and moves to another device as a file', async () => {
  const { context, page } = await openPhone(browser());
  await takeQuiz(page, [3]);
  await page.goto('/progress');
  await page.getByText('1 day in a row practised.').waitFor();
  const row = page.getByRole('row', { name: new RegExp(quiz.title) });
  const total = quiz.questions.length;
  assert.match(await row.textContent(), new RegExp(`${total - 1} of ${total}`));
  assert.match(await page.getByRole('table', { name: 'Mastery by topic' }).textContent(), /The vote/);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `/progress in ${scheme} mode`);
  }

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my progress' }).click(),
  ]);
  const file = await download.path();

  const other = await openPhone(browser());
  await other.page.goto('/progress');
  await other.page.getByText('0 days in a row practised.').waitFor();
  const input = other.page.locator('input[type=file]');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"sourcecheck"'),
  });
  await other.page.getByText('broken.json was not imported, and nothing changed.').waitFor();
  await input.setInputFiles({
    name: 'sourcecheck-progress.json',
    mimeType: 'application/json',
    buffer: await readFile(file),
  });
  await other.page.getByText(/Imported sourcecheck-progress\.json/).waitFor();
  assert.match(
    await other.page.getByRole('row', { name: new RegExp(quiz.title) }).textContent(),
    new RegExp(`${total - 1} of ${total}`),
  );
  await other.context.close();
  await context.close();
});

test('two tabs answering different quizzes both keep their progress', async () => {
  const { context, page: tabA } = await openPhone(browser());
  const tabB = await context.newPage();
  const china = readQuiz('china-and-iran');
  await tabA.goto(`/quiz/${quiz.id}`);
  await tabB.goto(`/quiz/${china.id}`);
  await tabA.getByRole('button', { name: 'Start the quiz' }).click();
  await tabB.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 2; i += 1) {
    await answer(tabA, quiz.questions[i], { right: true });
    await tabA.getByRole('button', { name: 'Next question' }).click();
    await answer(tabB, china.questions[i], { right: false });
    await tabB.getByRole('button', { name: 'Next question' }).click();
  }
  for (const [tab, id] of [
    [tabA, quiz.id],
    [tabB, china.id],
  ]) {
    await tab.reload();
    const progress = tab.getByRole('progressbar');
    await progress.waitFor();
    assert.match(await progress.getAttribute('aria-valuetext'), /^Question 3 of /, `${id} kept its place`);
  }
  const saved = await tabA.evaluate(() => JSON.parse(localStorage.getItem('sourcecheck-progress')).state);
  assert.equal(Object.keys(saved.quizzes[quiz.id].current.answers).length, 2);
  assert.equal(Object.keys(saved.quizzes[china.id].current.answers).length, 2);
  assert.equal(Object.keys(saved.review).length, 2, 'both missed questions are in the review deck');
  await context.close();
});

test('no page scrolls sideways at 320 px, in light or dark mode', async () => {
  const { context, page } = await openPhone(browser(), { width: 320, height: 640 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
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
      await expectNoHorizontalScroll(page, `${path} at 320 px (${scheme})`);
    }
  }
  await context.close();
});
