import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BASE_URL,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectTouchTargets,
  answer,
  openPhone,
  readQuiz,
  sharedBrowser,
} from './support.mjs';

const PROGRESS_KEY = 'sourcecheck-progress';
const fold = (text) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

const browser = sharedBrowser();

test('a student takes a whole quiz on a phone, resumes after reloads and finds the best score on the catalogue', async () => {
  const { context, page, consoleErrors, foreignRequests } = await openPhone(browser());
  const quiz = readQuiz('the-vote-itself');
  const total = quiz.questions.length;

  await page.goto('/');
  await expectNoAxeViolations(page, 'the catalogue');
  await expectNoHorizontalScroll(page, 'the catalogue');
  await page.getByRole('link', { name: quiz.title }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();

  let expectedCorrect = 0;
  const typesAnswered = new Set();
  for (const [index, question] of quiz.questions.entries()) {
    const progress = page.getByRole('progressbar', { name: 'Quiz progress' });
    assert.equal(await progress.getAttribute('aria-valuetext'), `Question ${index + 1} of ${total}`);
    assert.equal(await page.getByRole('heading', { level: 2 }).first().textContent(), question.prompt);
    if (index === 0) {
      await expectNoAxeViolations(page, 'a question before answering');
      await expectTouchTargets(page, 'a question');
      await expectNoHorizontalScroll(page, 'a question');
    }
    if (index === 4) {
      const choiceOrder = () => page.locator('main fieldset label').allTextContents();
      const before = await choiceOrder();
      await page.reload();
      await progress.waitFor();
      assert.equal(
        await progress.getAttribute('aria-valuetext'),
        `Question 5 of ${total}`,
        'resumes at the same question',
      );
      assert.deepEqual(await choiceOrder(), before, 'the choices keep the order the student saw');
    }

    const right = index % 3 !== 1;
    const feedback = await answer(page, question, { right });
    if (right) expectedCorrect += 1;
    typesAnswered.add(question.type);

    assert.ok(await feedback.evaluate((el) => el.contains(document.activeElement)), 'focus moves to the feedback');
    assert.equal(fold(await feedback.locator('blockquote').textContent()), fold(`“${question.quote.text}”`));
    assert.match(await feedback.textContent(), /Who is speaking: /);
    assert.match(
      await page.getByRole('status').first().textContent(),
      right ? /^Correct\.$/ : /^Incorrect\. The right answer: /,
    );
    if (index === 0) await expectNoAxeViolations(page, 'a question after a right answer');
    if (index === 1) await expectNoAxeViolations(page, 'a question after a wrong answer');

    if (index === 3) {
      await page.reload();
      await page.getByRole('region', { name: right ? 'Correct' : 'Incorrect' }).waitFor();
      assert.equal(
        await progress.getAttribute('aria-valuetext'),
        `Question 4 of ${total}`,
        'an answered question stays answered',
      );
    }
    await page.getByRole('button', { name: index === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  assert.deepEqual([...typesAnswered].sort(), ['evidence', 'multi', 'single', 'speaker', 'true-false']);

  await page.waitForURL(`**/quiz/${quiz.id}/results`);
  const score = page.getByTestId('score');
  await score.waitFor();
  assert.equal(
    await score.textContent(),
    `${expectedCorrect} of ${total} right (${Math.round((expectedCorrect / total) * 100)}%)`,
  );
  assert.equal(await page.getByRole('article').count(), total, 'every question is reviewed');
  await expectNoAxeViolations(page, 'the results');
  await expectNoHorizontalScroll(page, 'the results');

  await page.goto('/');
  await page.reload();
  const status = page.getByTestId(`status-${quiz.id}`);
  await status.getByText('Best score').waitFor();
  assert.match(await status.textContent(), new RegExp(`Best score: ${expectedCorrect} of ${total}`));

  assert.deepEqual(consoleErrors, [], 'no console errors or warnings (hydration included)');
  assert.deepEqual(foreignRequests, [], 'no request leaves the app’s origin');
  await context.close();
});

test('a quote opens its source in context, with the quoted words marked and in view', async () => {
  const { context, page, consoleErrors, foreignRequests } = await openPhone(browser());
  const quiz = readQuiz('china-and-iran');
  const question = quiz.questions[0];
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, question, { right: true });
  await page.getByRole('link', { name: `Read paragraph ${question.quote.paragraph} in context` }).click();

  await page.waitForURL(`**/sources/${question.quote.sourceId}?**#p-${question.quote.paragraph}`);
  const mark = page.getByTestId('quote-highlight');
  await mark.waitFor();
  assert.equal(fold(await mark.textContent()), fold(question.quote.text));
  assert.ok(await mark.isVisible());
  // Scrolling may be smooth: wait for it to settle rather than read the position mid-way.
  await page.waitForFunction(
    () => {
      const box = document.querySelector('mark')?.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= window.innerHeight;
    },
    null,
    { timeout: 5000 },
  );
  const paragraph = page.locator(`#p-${question.quote.paragraph}`);
  assert.ok(await paragraph.evaluate((el) => el.contains(document.querySelector('mark'))));
  await expectNoAxeViolations(page, 'a source page');
  await expectNoHorizontalScroll(page, 'a source page');
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('unknown quizzes and sources get a 404 page that links home', async () => {
  const { context, page } = await openPhone(browser());
  for (const path of ['/quiz/no-such-quiz', '/quiz/no-such-quiz/results', '/sources/no-such-source']) {
    const response = await page.goto(path);
    assert.equal(response.status(), 404, path);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'See all quizzes' }).getAttribute('href'), '/');
  }
  await expectNoAxeViolations(page, 'the 404 page');
  await context.close();
});

test('saved progress that cannot be read is kept under a backup key, and the app says so', async () => {
  const { context, page } = await openPhone(browser());
  await page.goto('/');
  // Progress loads after the page does: corrupt it only once this page has read it, or it reads the bad value too.
  await page.getByText('Not finished yet').first().waitFor();
  await page.evaluate((key) => localStorage.setItem(key, '{"state": {"quizzes": tru'), PROGRESS_KEY);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'saved progress' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be read, because it is not valid JSON/);
  const backups = await page.evaluate((key) => {
    return Object.keys(localStorage)
      .filter((k) => k.startsWith(`${key}-backup-`))
      .map((k) => localStorage.getItem(k));
  }, PROGRESS_KEY);
  assert.deepEqual(backups, ['{"state": {"quizzes": tru']);
  await page.getByRole('link', { name: 'The vote itself' }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('progressbar').waitFor();
  await context.close();
});

test('the announcement area is in the page before any script runs', async () => {
  const html = await (await fetch(`${BASE_URL}/quiz/the-vote-itself`)).text();
  assert.match(html, /<div role="status" aria-live="polite" aria-atomic="true" class="sr-only">/);
});

test('no page scrolls sideways on a 320 px screen', async () => {
  const { context, page } = await openPhone(browser(), { width: 320, height: 640 });
  for (const path of ['/', '/quiz/who-is-speaking', '/sources/npr-2021-03-16-russia-2020-election', '/quiz/nope']) {
    await page.goto(path);
    await expectNoHorizontalScroll(page, `${path} at 320 px`);
  }
  await page.goto('/quiz/who-is-speaking');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, readQuiz('who-is-speaking').questions[0], { right: false });
  await expectNoHorizontalScroll(page, 'an answered question at 320 px');
  await context.close();
});

test('a page fetches no other page until the student follows a link', async () => {
  const { context, page } = await openPhone(browser());
  const pageFetches = [];
  page.on('request', (request) => {
    if (request.headers().rsc === '1') pageFetches.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(pageFetches, [], 'on a phone’s data plan, links in view are not fetched ahead');
  const quiz = readQuiz('china-and-iran');
  await page.getByRole('link', { name: quiz.title }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
  assert.ok(
    pageFetches.some((path) => path.startsWith(`/quiz/${quiz.id}`)),
    `following a link fetches its page: ${pageFetches}`,
  );
  await context.close();
});

test('with text at twice its size, as a phone’s largest text setting makes it, no page scrolls sideways', async () => {
  const { context, page } = await openPhone(browser());
  const enlargeText = () => page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const quiz = readQuiz('who-is-speaking');
  await page.goto(`/quiz/${quiz.id}`);
  await enlargeText();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (const [index, question] of quiz.questions.entries()) {
    await answer(page, question, { right: index % 2 === 0 });
    if (index === 0) await expectNoHorizontalScroll(page, 'an answered question with text at 200%');
    const last = index === quiz.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
  }
  // Every page with what a student who finished a quiz sees on it, not its loading state.
  const filled = {
    [`/quiz/${quiz.id}/results`]: page.getByTestId('score'),
    '/progress': page.getByRole('table', { name: 'Mastery by topic' }),
    '/review': page.getByRole('button', { name: 'Start the review' }),
    '/': page.getByRole('link', { name: /Review \d+ missed questions? due today/ }),
    '/teach': page.getByRole('button', { name: 'Create the assignment link' }),
  };
  for (const [path, content] of Object.entries(filled)) {
    await page.goto(path);
    await enlargeText();
    await content.waitFor();
    await expectNoHorizontalScroll(page, `${path} with text at 200%`);
  }
  await context.close();
});
