// A teacher assigns by link, a student takes it, and the result comes back as a link: no server in between.
import { contentIds } from '../scripts/bench/pages.mjs';
import {
  answerOnScreen,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  present,
  readQuiz,
  test,
  type Quiz,
} from './support.mts';

const quiz = readQuiz('the-vote-itself');

function tamper(receiptLink: string) {
  const [prefix, token = ''] = receiptLink.split('#');
  const payload = JSON.parse(Buffer.from(token.slice(3), 'base64url').toString('utf8'));
  payload.correct = payload.questions.length;
  return `${prefix}#r1.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
}

test('a teacher assigns a quiz by link, a student takes it, and the result comes back without a server', async ({
  context,
  page,
  consoleErrors,
  foreignRequests,
  openPhone,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto('/teach');
  await expectNoAxeViolations(page, 'the assignment builder');
  await page
    .getByRole('group', { name: quiz.title })
    .getByRole('checkbox', { name: /^All \d+ questions/ })
    .check();
  await page.getByRole('radio', { name: /Practice/ }).check();
  await page.getByRole('textbox', { name: 'Title' }).fill('Period 3 warm-up');
  await page.getByRole('textbox', { name: 'Class' }).fill('Civics 3');
  await page.getByRole('textbox', { name: /Your email/ }).fill('teacher@school.example');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();

  const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
  expect(link).toMatch(/\/assignment#a1\.[A-Za-z0-9_-]+$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.getByRole('img', { name: /QR code for the assignment link/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the builder with a link');
  const answerKey = await context.newPage();
  await answerKey.goto(`/teach/print#${link.split('#')[1]}`);
  await expect(answerKey.getByRole('heading', { name: 'Period 3 warm-up: answer key' })).toBeVisible();
  await expect(answerKey.getByText('(right answer)')).toHaveCount(
    quiz.questions.reduce((n, q) => n + q.answer.length, 0),
  );
  await expectNoAxeViolations(answerKey, 'the print view and answer key');
  // The student copy: the questions and a box per choice, no answer, no quote; printed without the site's header.
  await answerKey.getByRole('radio', { name: /^A student copy/ }).check();
  await expect(answerKey.getByRole('heading', { level: 1 })).toHaveText('Period 3 warm-up');
  await expect(answerKey.getByText('(right answer)')).toHaveCount(0);
  await expect(answerKey.locator('blockquote')).toHaveCount(0);
  await expect(
    answerKey.getByRole('listitem').filter({ has: answerKey.getByRole('heading', { level: 2 }) }),
  ).toHaveCount(quiz.questions.length);
  await expectNoAxeViolations(answerKey, 'the student copy');
  await answerKey.emulateMedia({ media: 'print' });
  await expect(answerKey.getByRole('banner')).toBeHidden();
  await expect(answerKey.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(answerKey.getByText('Period 3 warm-up', { exact: true })).toHaveCount(1);
  const pages = async () =>
    (
      await answerKey.pdf({
        format: 'Letter',
        margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' },
      })
    )
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  const studentPages = await pages();
  await answerKey.emulateMedia({ media: 'screen' });
  await answerKey.getByRole('radio', { name: /^The answer key/ }).check();
  const keyPages = await pages();
  // Measured: 12 questions on 3 Letter pages as a student copy, 11 as the key. At least four questions a page.
  expect(studentPages).toBeGreaterThanOrEqual(1);
  expect(studentPages).toBeLessThanOrEqual(Math.ceil(quiz.questions.length / 4));
  expect(studentPages).toBeLessThan(keyPages);
  await answerKey.close();
  await expectNoHorizontalScroll(page, 'the builder');

  const student = await openPhone();
  const s = student.page;
  await s.goto(link);
  await expect(s.getByText('Civics 3')).toBeVisible();
  await expectNoAxeViolations(s, 'an assignment before starting');
  await s.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await s.getByRole('button', { name: 'Start the assignment' }).click();

  const total = quiz.questions.length;
  const asked = [];
  for (let index = 0; index < total; index += 1) {
    if (index === 2) {
      const before = await s.getByRole('heading', { level: 2 }).first().textContent();
      await s.reload();
      await expect(s.getByRole('progressbar')).toBeVisible();
      expect(await s.getByRole('heading', { level: 2 }).first().textContent(), 'same question after a reload').toBe(
        before,
      );
    }
    asked.push(await answerOnScreen(s, quiz, { right: index !== 0 }));
    await s.getByRole('button', { name: index === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  expect(asked, 'questions are shuffled for this student').not.toEqual(quiz.questions.map((q) => q.prompt));

  await expect(
    s.getByRole('heading', {
      name: `You finished: ${total - 1} of ${total} right (${Math.round(((total - 1) / total) * 100)}%)`,
    }),
  ).toBeVisible();
  await expect(s.getByText('Nothing has been sent anywhere.')).toBeVisible();
  const receipt = await s.getByRole('textbox', { name: 'Your result link' }).inputValue();
  expect(receipt).toMatch(/\/teach\/results#r1\./);
  await expect(s.getByRole('link', { name: 'Email to my teacher' })).toHaveAttribute(
    'href',
    /^mailto:teacher@school\.example\?subject=/,
  );
  await expectNoAxeViolations(s, 'the receipt');
  expect(student.foreignRequests).toEqual([]);
  expect(student.consoleErrors).toEqual([]);
  await student.context.close();

  await page.goto('/teach/results');
  await page
    .getByRole('textbox', { name: 'Paste result links' })
    .fill(`Ana's result:\n${receipt}\n${tamper(receipt)}\nr1.not-a-real-receipt-at-all`);
  await page.getByRole('button', { name: 'Import results' }).click();
  const report = page.getByRole('status').filter({ hasText: 'imported' });
  await expect(report.getByText('1 imported, 0 already here, 2 not imported.')).toBeVisible();
  await expect(report).toContainText('checksum does not match');
  await expect(report).toContainText('cut short or damaged');

  const table = page.getByRole('table', { name: 'Results for Period 3 warm-up' });
  await expect(table.getByRole('row', { name: /Ana Lopez/ })).toContainText(`${total - 1} of ${total}`);
  await expect(page.getByRole('heading', { name: 'Question by question' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Most chosen wrong answer');
  await expectNoAxeViolations(page, 'the gradebook');

  await page.goto(receipt);
  await expect(page.getByText('0 imported, 1 already here, 0 not imported.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Ana Lopez/ }), 'a result opened twice is kept once').toHaveCount(1);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a teacher who picks nearly every question gets a link without a QR code, and keeps the choices', async ({
  page,
  consoleErrors,
}) => {
  const quizzes = contentIds().quizzes.map(readQuiz);
  const question = (quiz: Quiz, index: number) => present(quiz.questions[index], `question ${index + 1} of ${quiz.id}`);
  await page.goto('/teach');
  // All but the first question of each quiz: the link then names every other question one by one,
  // and full details on top make it longer than a QR code holds (a whole quiz is just its id).
  for (const quiz of quizzes) {
    const group = page.getByRole('group', { name: quiz.title });
    await group.getByRole('checkbox', { name: /^All \d+ questions/ }).check();
    await group.getByText(/^Choose questions/).click();
    await group.getByRole('checkbox', { name: question(quiz, 0).prompt, exact: true }).uncheck();
  }
  await page
    .getByRole('textbox', { name: 'Title' })
    .fill('Everything but the first question of each quiz, for the end-of-unit review');
  await page.getByRole('textbox', { name: 'Class' }).fill('Civics and Government, periods 3 and 4, room 214');
  await page
    .getByRole('textbox', { name: /Your email/ })
    .fill('civics.and.government.teacher@district-high-school.example');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();

  const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
  expect(
    link.length,
    `the link (${link.length} characters) would fit a QR code: this test needs a longer one`,
  ).toBeGreaterThan(2331);
  await expect(page.getByText(/This link is too long for a QR code \([\d,]+ characters\)/)).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '1. Questions' }), 'the builder is still on the page').toBeVisible();
  const chosen = quizzes.reduce((n, quiz) => n + quiz.questions.length - 1, 0);
  await expect(page.getByText(`${chosen} questions chosen.`)).toBeVisible();
  for (const quiz of quizzes) {
    const group = page.getByRole('group', { name: quiz.title });
    await expect(group.getByRole('checkbox', { name: question(quiz, 1).prompt, exact: true })).toBeChecked();
    await expect(group.getByRole('checkbox', { name: question(quiz, 0).prompt, exact: true })).not.toBeChecked();
  }
  expect(consoleErrors).toEqual([]);
  await expectNoAxeViolations(page, 'the builder with a link too long for a QR code');
});

test('a broken or future assignment link says what is wrong and offers the plain quizzes', async ({ page }) => {
  for (const [hash, message] of [
    ['a1.eyJ2ZXJzaW9uIjox', 'cut short or damaged'],
    ['a7.eyJ2ZXJzaW9uIjo3fQ', 'newer version'],
    ['<script>alert(1)</script>', 'not an assignment link'],
  ] as const) {
    await page.goto(`/assignment#${hash}`);
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be opened' });
    await expect(alert).toContainText(message);
    await expect(page.getByRole('link', { name: 'Practice with the quizzes instead' })).toHaveAttribute('href', '/');
  }
  await expectNoAxeViolations(page, 'a broken assignment link');
});

test('a teacher who presses Enter in a field of the builder stays in it when the link is refused', async ({ page }) => {
  await page.goto('/teach');
  const title = page.getByRole('textbox', { name: 'Title' });
  // The form is locked while a link is made, which takes focus from the field; a link refused gives it back.
  await title.fill('Friday check');
  await title.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'The link was not made' })).toContainText(
    'Choose at least one question.',
  );
  await expect(title).toBeFocused();
  await page.keyboard.type(' (second period)');
  await expect(title).toHaveValue('Friday check (second period)');
});

test('every radio and checkbox in the builder is at least 24 px square at 320 px, and the footer speaks to the teacher', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/teach');
  await page.getByRole('radio', { name: /Assessment/ }).check();
  // Each quiz's questions are drawn as its list opens.
  for (const summary of await page.locator('main summary').all()) {
    await summary.click();
    await expect(summary.locator('..').getByRole('checkbox').first()).toBeVisible();
  }
  const inputs = page.locator('main input[type=checkbox], main input[type=radio]');
  expect(await inputs.count()).toBeGreaterThan(20);
  const small = await inputs.evaluateAll((boxes) =>
    boxes
      .map((box) => ({ name: box.closest('label')?.textContent?.slice(0, 50), rect: box.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 24 || rect.height < 24)
      .map(({ name, rect }) => `${name}: ${rect.width}×${rect.height}`),
  );
  expect(small, 'WCAG 2.5.8: targets of at least 24 by 24 CSS px').toEqual([]);
  await expect(
    page.getByText(/your assignments, rosters and students’ results are kept in this browser only/),
  ).toBeVisible();
  await expect(page.getByText(/your answers and scores leave this device/)).toBeHidden();
  await page.goto('/');
  await expect(page.getByText(/your answers and scores leave this device/)).toBeVisible();
  await expect(page.getByText(/your assignments, rosters and students’ results/)).toBeHidden();
});
