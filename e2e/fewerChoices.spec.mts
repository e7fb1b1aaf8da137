// The "fewer choices" accommodation: a copy of the assignment link, offered where the link is shared, that takes
// one wrong choice out of each question of four or more, and a result that says so.
import { answerOnScreen, expect, expectNoAxeViolations, readQuiz, test } from './support.mts';

const quiz = readQuiz('china-and-iran');

test('a student on the accommodated link gets one wrong choice fewer on questions of four or more, and the result says so', async ({
  page,
  openPhone,
}) => {
  await page.goto('/teach');
  await page
    .getByRole('group', { name: quiz.title })
    .getByRole('checkbox', { name: /^All \d+ questions/ })
    .check();
  await page.getByRole('radio', { name: /Practice/ }).check();
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const plain = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
  await page.getByText('A copy with fewer choices, as an accommodation').click();
  const link = await page.getByRole('textbox', { name: 'Link with fewer choices' }).inputValue();
  expect(link).not.toBe(plain);
  await expectNoAxeViolations(page, 'the share panel with the accommodated copy open');

  const student = await openPhone();
  const s = student.page;
  await s.goto(link);
  await s.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await s.getByRole('button', { name: 'Start the assignment' }).click();
  const total = quiz.questions.length;
  for (let index = 0; index < total; index += 1) {
    const prompt = await s.getByRole('heading', { level: 2 }).first().textContent();
    const question = quiz.questions.find((q) => q.prompt === prompt)!;
    const offered = await s.locator('main input[type=radio], main input[type=checkbox]').count();
    const expected = question.choices.length >= 4 ? question.choices.length - 1 : question.choices.length;
    expect(offered, `choices offered for "${prompt}"`).toBe(expected);
    // The right answer is always among them: answering it right must work on every question.
    await answerOnScreen(s, quiz, { right: true });
    await expect(s.getByRole('region', { name: 'Correct' })).toBeVisible();
    await s.getByRole('button', { name: index === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  await expect(s.getByText(/^Taken with fewer choices/)).toBeVisible();
  const receipt = await s.getByRole('textbox', { name: 'Your result link' }).inputValue();
  const payload = JSON.parse(Buffer.from(receipt.split('#')[1]!.slice(3), 'base64url').toString('utf8'));
  expect(payload.fewerChoices).toBe(true);
  expect(student.consoleErrors).toEqual([]);
});
