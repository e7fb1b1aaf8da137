// The source as a place to learn: from a question to its words in context and back to the same question, and
// every passage marked with who is speaking, seen and heard.
import {
  answer,
  answerOnScreen,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  fold,
  present,
  readQuiz,
  test,
} from './support.mts';

const speaking = readQuiz('who-is-speaking');
const SOURCE_ID = 'npr-2021-03-16-russia-2020-election';

test('"Back to your question" stays in sight on the source and returns to the question the student left', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  await page.goto(`/quiz/${speaking.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerOnScreen(page, speaking, { right: true });
  await page.getByRole('button', { name: 'Next question' }).click();
  const prompt = await answerOnScreen(page, speaking, { right: false });
  const question = present(
    speaking.questions.find((q) => q.prompt === prompt),
    'the second question',
  );
  await page.getByRole('link', { name: `Read paragraph ${question.quote.paragraph} in context` }).click();
  await page.waitForURL(`**/sources/${SOURCE_ID}?**`);

  const back = page.getByRole('link', { name: '← Back to your question' });
  await expect(back).toBeVisible();
  // Sticky: still there with the page scrolled to its end.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(back).toBeInViewport();
  await back.click();

  await page.waitForURL(`**/quiz/${speaking.id}`);
  await expect(page.getByRole('heading', { level: 2, name: prompt ?? '' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByRole('region', { name: 'Incorrect' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('from the results review, "Back to your question" lands on that question in the list', async ({ page }) => {
  const quiz = readQuiz('china-and-iran');
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let index = 0; index < quiz.questions.length; index += 1) {
    await answerOnScreen(page, quiz, { right: true });
    const last = index === quiz.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
  }
  await page.waitForURL(`**/quiz/${quiz.id}/results`);
  const question = present(quiz.questions.at(-1), 'the last question');
  const card = page.getByRole('article', { name: new RegExp(`^Question ${quiz.questions.length}:`) });
  await card.getByRole('link', { name: /Read paragraph \d+ in context/ }).click();
  await page.waitForURL(`**/sources/${SOURCE_ID}?**`);
  await page.getByRole('link', { name: '← Back to your question' }).click();
  await page.waitForURL(`**/quiz/${quiz.id}/results#review-${question.id}`);
  await expect(card).toBeInViewport();
});

test('"Show who is speaking" marks every passage by speaker, with a key, and a screen reader hears the speaker first', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  await page.goto(`/sources/${SOURCE_ID}`);
  const toggle = page.getByRole('button', { name: 'Show who is speaking' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-voice]')).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const key = page.getByRole('list', { name: 'Who is speaking: the key' });
  await expect(key.getByRole('listitem')).toHaveText([
    /^Report: The report’s words as NPR quotes them, inside quotation marks/,
    /^NPR: NPR’s own words/,
    /^U.S. officials: What unnamed U.S. officials say, in NPR’s words/,
    /^Election officials: What U.S. election officials have said, in NPR’s words/,
    /^Claim: A claim someone else made, in NPR’s words/,
  ]);

  // Each passage is heard with its speaker before its words, exactly as the source has them.
  const passage = (paragraph: number, voice: string) => page.locator(`#p-${paragraph} [data-voice="${voice}"]`);
  expect(fold(await passage(6, 'report').textContent())).toMatch(/^Report: "influence operations aimed at denigrating/);
  expect(fold(await passage(13, 'claim').textContent())).toBe('Claim: China was making a major push to support Biden');
  expect(fold(await passage(17, 'us-officials').textContent())).toMatch(/^U\.S\. officials: the Russians did not/);
  expect(fold(await passage(10, 'election-officials').textContent())).toBe(
    "Election officials: last year's balloting as secure and free of fraud",
  );
  expect(fold(await passage(13, 'npr').first().textContent())).toMatch(/^NPR: During the campaign, Trump played down/);
  // Every word inside quotation marks is the report's, never left as NPR's narration.
  for (const npr of await page.locator('[data-voice="npr"]').allTextContents()) expect(npr).not.toMatch(/"/);

  // Told apart by pattern as well as colour.
  const lineUnder = (voice: string) =>
    page
      .locator(`[data-voice="${voice}"]`)
      .first()
      .evaluate((el) => getComputedStyle(el).borderBottomStyle);
  expect([await lineUnder('report'), await lineUnder('us-officials'), await lineUnder('claim')]).toEqual([
    'solid',
    'dashed',
    'dotted',
  ]);

  await expectNoAxeViolations(page, 'the source with speakers shown');
  await expectNoHorizontalScroll(page, 'the source with speakers shown');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'the source with speakers shown, dark');

  // The original article is a plain link, and nothing of NPR's is fetched until it is followed.
  const original = page.getByRole('link', { name: 'The original article on npr.org' });
  await expect(original).toHaveAttribute('href', /^https:\/\/www\.npr\.org\/2021\/03\/16\//);
  await expect(original).toHaveAttribute('rel', 'noreferrer');
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('a link edited to lead elsewhere gets no "Back to your question"', async ({ page }) => {
  await page.goto(`/sources/${SOURCE_ID}?back=${encodeURIComponent('//evil.example/phish')}`);
  await expect(page.getByRole('button', { name: 'Show who is speaking' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Back to your question/ })).toHaveCount(0);
});

test('a speaker question spells out ODNI once and names both the words’ speaker and the claim’s', async ({ page }) => {
  const claim = present(
    speaking.questions.find((q) => q.id === 'china-push-claim-speaker'),
    'the claim question',
  );
  await page.goto(`/quiz/${speaking.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(
    page.getByRole('radio', { name: 'The Office of the Director of National Intelligence (ODNI) report', exact: true }),
  ).toBeVisible();
  for (let guard = 0; guard < speaking.questions.length; guard += 1) {
    if ((await page.getByRole('heading', { level: 2 }).first().textContent()) === claim.prompt) break;
    await answerOnScreen(page, speaking, { right: true });
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  const feedback = await answer(page, claim, { right: true });
  await expect(feedback.locator('figcaption')).toContainText(
    'Words: NPR’s narration. Claim: Trump’s or his supporters’.',
  );
  await expect(feedback.locator('figcaption')).toContainText(`NPR, paragraph ${claim.quote.paragraph}.`);
  const meaning = feedback.getByText('What does this mean?');
  await meaning.click();
  await expect(feedback.getByText('Claims by Trump and his supporters, as described by NPR.')).toBeVisible();
  await feedback.getByText('Full citation').click();
  await expect(feedback.getByText(/^Greg Myre, “Intelligence Report Says Russia Tried To Help Trump/)).toBeVisible();
});
