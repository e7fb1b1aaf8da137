// The hard words explained: marked in prompts, explanations and the source, each a button that opens its
// definition in place and closes by Escape; the glossary page lists them all.
import { answerOnScreen, expect, expectNoAxeViolations, readQuiz, test } from './support.mts';

test('a student opens three words by keyboard and by tap, on a question, its feedback and the source', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  const quiz = readQuiz('china-and-iran');
  await page.goto('/sources/npr-2021-03-16-russia-2020-election');
  const paragraph19 = page.locator('#p-19');
  const proxies = paragraph19.getByRole('button', { name: 'proxies' });
  await expect(proxies).toHaveAttribute('aria-expanded', 'false');
  await proxies.focus();
  await page.keyboard.press('Enter');
  await expect(proxies).toHaveAttribute('aria-expanded', 'true');
  const definition = page.locator(`#${await proxies.getAttribute('aria-controls')}`);
  await expect(definition).toContainText('A person or group that acts for someone else');
  const assess = page.locator('#p-15').getByRole('button', { name: 'We assess' });
  await assess.tap();
  await expect(page.locator('#p-15')).toContainText('after studying the evidence, we think');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `the source with two definitions open, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await proxies.focus();
  await page.keyboard.press('Escape');
  await expect(proxies).toHaveAttribute('aria-expanded', 'false');
  await expect(definition).toHaveCount(0);
  await expect(proxies).toBeFocused();
  // "Office of the Director of National Intelligence" is the ODNI's entry, by its other form.
  await page.locator('#p-6').getByRole('button', { name: 'Office of the Director of National Intelligence' }).click();
  await expect(page.locator('#p-6')).toContainText('leads all the U.S. intelligence agencies');

  // The first questions of this quiz explain no hard word: answer on until a feedback does.
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let opened = false;
  for (let i = 0; i < quiz.questions.length && !opened; i++) {
    await answerOnScreen(page, quiz, { right: true });
    const feedback = page.getByRole('region', { name: 'Correct' });
    // Focus moves to the feedback just after the frame that shows it: a key pressed before then would be lost.
    await expect.poll(() => feedback.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const word = feedback.locator('button[aria-expanded]').first();
    if ((await word.count()) === 0) {
      await page.getByRole('button', { name: 'Next question' }).click();
      continue;
    }
    await word.press('Enter');
    await expect(word).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`#${await word.getAttribute('aria-controls')}`)).toBeVisible();
    await expectNoAxeViolations(page, 'feedback with a definition open');
    opened = true;
  }
  expect(opened, 'a feedback of the quiz marks a glossary word').toBe(true);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the glossary page lists every term with its definition and where the article uses it', async ({ page }) => {
  await page.goto('/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Words explained' })).toBeVisible();
  for (const term of ['intelligence community', 'ODNI', 'influence operation', 'proxy', 'denigrate', 'sanctions']) {
    await expect(page.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
  }
  await expect(page.getByRole('term')).toHaveCount(12);
  await page.locator('#we-assess').getByRole('link', { name: '24' }).click();
  await expect(page).toHaveURL(/\/sources\/npr-2021-03-16-russia-2020-election#p-24$/);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.goto('/glossary');
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `the glossary, ${colorScheme}`);
  }
});
