// A student on a phone: a whole quiz, resuming after reloads, a quote in its source, 404s, and pages that
// neither scroll sideways nor fetch what the student has not asked for.
import {
  answer,
  buildAssignment,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectTouchTargets,
  present,
  readQuiz,
  test,
  fold,
} from './support.mts';

const PROGRESS_KEY = 'sourcecheck-progress';

test('a student takes a whole quiz on a phone, resumes after reloads and finds the best score on the catalogue', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  const quiz = readQuiz('the-vote-itself');
  const total = quiz.questions.length;

  await page.goto('/');
  await expectNoAxeViolations(page, 'the catalogue');
  await expectNoHorizontalScroll(page, 'the catalogue');
  await page.getByRole('link', { name: quiz.title }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();

  let expectedCorrect = 0;
  const typesAnswered = new Set();
  const progress = page.getByRole('progressbar', { name: 'Quiz progress' });
  for (const [index, question] of quiz.questions.entries()) {
    await expect(progress).toHaveAttribute('aria-valuetext', `Question ${index + 1} of ${total}`);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(question.prompt);
    if (index === 0) {
      await expectNoAxeViolations(page, 'a question before answering');
      await expectTouchTargets(page, 'a question');
      await expectNoHorizontalScroll(page, 'a question');
    }
    if (index === 4) {
      const choiceOrder = () => page.locator('main fieldset label').allTextContents();
      const before = await choiceOrder();
      await page.reload();
      await expect(progress, 'resumes at the same question').toHaveAttribute(
        'aria-valuetext',
        `Question 5 of ${total}`,
      );
      expect(await choiceOrder(), 'the choices keep the order the student saw').toEqual(before);
    }

    const right = index % 3 !== 1;
    const feedback = await answer(page, question, { right });
    if (right) expectedCorrect += 1;
    typesAnswered.add(question.type);

    expect(await feedback.evaluate((el) => el.contains(document.activeElement)), 'focus moves to the feedback').toBe(
      true,
    );
    expect(fold(await feedback.locator('blockquote').textContent())).toBe(fold(`“${question.quote.text}”`));
    await expect(feedback).toContainText('Who is speaking: ');
    expect(await page.getByRole('status').first().textContent()).toMatch(
      right ? /^Correct\.$/ : /^Incorrect\. The right answer: /,
    );
    if (index === 0) await expectNoAxeViolations(page, 'a question after a right answer');
    if (index === 1) await expectNoAxeViolations(page, 'a question after a wrong answer');

    if (index === 3) {
      await page.reload();
      await expect(page.getByRole('region', { name: right ? 'Correct' : 'Incorrect' })).toBeVisible();
      await expect(progress, 'an answered question stays answered').toHaveAttribute(
        'aria-valuetext',
        `Question 4 of ${total}`,
      );
    }
    await page.getByRole('button', { name: index === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  expect([...typesAnswered].sort()).toEqual(['evidence', 'multi', 'single', 'speaker', 'true-false']);

  await page.waitForURL(`**/quiz/${quiz.id}/results`);
  await expect(page.getByTestId('score')).toHaveText(
    `${expectedCorrect} of ${total} right (${Math.round((expectedCorrect / total) * 100)}%)`,
  );
  await expect(page.getByRole('article'), 'every question is reviewed').toHaveCount(total);
  await expectNoAxeViolations(page, 'the results');
  await expectNoHorizontalScroll(page, 'the results');

  await page.goto('/');
  await page.reload();
  const status = page.getByTestId(`status-${quiz.id}`);
  await expect(status.getByText('Best score')).toBeVisible();
  await expect(status).toContainText(new RegExp(`Best score: ${expectedCorrect} of ${total}`));

  expect(consoleErrors, 'no console errors or warnings (hydration included)').toEqual([]);
  expect(foreignRequests, 'no request leaves the app’s origin').toEqual([]);
});

test('a quote opens its source in context, with the quoted words marked and in view', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  const quiz = readQuiz('china-and-iran');
  const question = present(quiz.questions[0], 'first question');
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, question, { right: true });
  await page.getByRole('link', { name: `Read paragraph ${question.quote.paragraph} in context` }).click();

  await page.waitForURL(`**/sources/${question.quote.sourceId}?**#p-${question.quote.paragraph}`);
  const mark = page.getByTestId('quote-highlight');
  await expect(mark).toBeVisible();
  expect(fold(await mark.textContent())).toBe(fold(question.quote.text));
  // Scrolling may be smooth: wait for it to settle rather than read the position mid-way.
  await expect(mark).toBeInViewport({ ratio: 1 });
  const paragraph = page.locator(`#p-${question.quote.paragraph}`);
  expect(await paragraph.evaluate((el) => el.contains(document.querySelector('mark')))).toBe(true);
  await expectNoAxeViolations(page, 'a source page');
  await expectNoHorizontalScroll(page, 'a source page');
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('unknown quizzes and sources get a 404 page that links home', { tag: '@export' }, async ({ page }) => {
  for (const path of ['/quiz/no-such-quiz', '/quiz/no-such-quiz/results', '/sources/no-such-source']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See all quizzes' })).toHaveAttribute('href', '/');
  }
  await expectNoAxeViolations(page, 'the 404 page');
});

test('saved progress that cannot be read is kept under a backup key, and the app says so', async ({ page }) => {
  await page.goto('/');
  // Progress loads after the page does: corrupt it only once this page has read it, or it reads the bad value too.
  await expect(page.getByText('Not started').first()).toBeVisible();
  await page.evaluate((key) => localStorage.setItem(key, '{"state": {"quizzes": tru'), PROGRESS_KEY);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'saved progress' });
  await expect(alert).toContainText(/could not be read, because it is not valid JSON/);
  const backups = await page.evaluate((key) => {
    return Object.keys(localStorage)
      .filter((k) => k.startsWith(`${key}-backup-`))
      .map((k) => localStorage.getItem(k));
  }, PROGRESS_KEY);
  expect(backups).toEqual(['{"state": {"quizzes": tru']);
  await page.getByRole('link', { name: 'The vote itself' }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
});

test('the announcement area is in the page before any script runs', { tag: '@export' }, async ({ request }) => {
  const html = await (await request.get('/quiz/the-vote-itself')).text();
  expect(html).toMatch(/<div role="status" aria-live="polite" aria-atomic="true" class="sr-only">/);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways on a 320 px screen', async ({ page }) => {
    for (const path of ['/', '/quiz/who-is-speaking', '/sources/npr-2021-03-16-russia-2020-election', '/quiz/nope']) {
      await page.goto(path);
      await expectNoHorizontalScroll(page, `${path} at 320 px`);
    }
    await page.goto('/quiz/who-is-speaking');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answer(page, present(readQuiz('who-is-speaking').questions[0], 'first question'), { right: false });
    await expectNoHorizontalScroll(page, 'an answered question at 320 px');
  });
});

test('a page fetches no other page until the student follows a link', { tag: '@export' }, async ({ page }) => {
  const pageFetches: string[] = [];
  page.on('request', (request) => {
    if (request.headers().rsc === '1') pageFetches.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState('networkidle');
  expect(pageFetches, 'on a phone’s data plan, links in view are not fetched ahead').toEqual([]);
  const quiz = readQuiz('china-and-iran');
  await page.getByRole('link', { name: quiz.title }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  expect(
    pageFetches.some((path) => path.startsWith(`/quiz/${quiz.id}`)),
    `following a link fetches its page: ${pageFetches}`,
  ).toBe(true);
});

test('with text at twice its size, as a phone’s largest text setting makes it, no page scrolls sideways', async ({
  page,
}) => {
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
    '/progress': page.getByRole('img', { name: /^Mastery by topic/ }),
    '/review': page.getByRole('button', { name: 'Start the review' }),
    '/': page.getByRole('link', { name: /Review \d+ missed questions? due today/ }),
    '/teach': page.getByRole('button', { name: 'Create the assignment link' }),
  };
  for (const [path, content] of Object.entries(filled)) {
    await page.goto(path);
    await enlargeText();
    await expect(content).toBeVisible();
    await expectNoHorizontalScroll(page, `${path} with text at 200%`);
  }
});

test('after Start the question is in the top quarter of a phone screen, in practice and in an assignment', async ({
  page,
  openPhone,
}) => {
  const quiz = readQuiz('the-vote-itself');
  const quarter = 844 / 4;
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const prompt = page.getByRole('heading', { level: 2 }).first();
  expect((await prompt.boundingBox())?.y, 'the practice question’s top').toBeLessThan(quarter);
  await expect(page.getByText('no timer: accuracy is what counts')).toHaveCount(0);

  const teacher = (await openPhone({ width: 1280, height: 800 })).page;
  const link = await buildAssignment(teacher, quiz, {
    title: 'Period 3 warm-up',
    className: 'Civics 3',
    due: '2099-04-01',
  });
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect((await prompt.boundingBox())?.y, 'the assignment question’s top').toBeLessThan(quarter);
  // One line of context, not the assignment's card, on every question.
  await expect(page.getByText('Period 3 warm-up · due April 1, 2099')).toBeVisible();
  await expect(page.getByText('Civics 3')).toHaveCount(0);
});
