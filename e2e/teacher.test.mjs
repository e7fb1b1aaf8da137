import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentIds } from '../scripts/bench/pages.mjs';
import {
  choose,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openPhone,
  readQuiz,
  sharedBrowser,
} from './support.mjs';

const browser = sharedBrowser();

const quiz = readQuiz('the-vote-itself');

/** Answers whatever question is on screen, looked up by its prompt since the order is shuffled. */
async function answerCurrent(page, { right }) {
  const prompt = await page.getByRole('heading', { level: 2 }).first().textContent();
  const question = quiz.questions.find((q) => q.prompt === prompt);
  assert.ok(question, `unknown prompt on screen: ${prompt}`);
  await choose(page, question, { right });
  await page.getByRole('button', { name: 'Check' }).click();
  return prompt;
}

function tamper(receiptLink) {
  const [prefix, token] = receiptLink.split('#');
  const payload = JSON.parse(Buffer.from(token.slice(3), 'base64url').toString('utf8'));
  payload.correct = payload.questions.length;
  return `${prefix}#r1.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
}

test('a teacher assigns a quiz by link, a student takes it, and the result comes back without a server', async () => {
  const teacher = await openPhone(browser());
  await teacher.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page } = teacher;

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
  assert.match(link, /\/assignment#a1\.[A-Za-z0-9_-]+$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.ok(await page.getByRole('img', { name: /QR code for the assignment link/ }).isVisible());
  await expectNoAxeViolations(page, 'the builder with a link');
  const answerKey = await teacher.context.newPage();
  await answerKey.goto(`/teach/print#${link.split('#')[1]}`);
  await answerKey.getByRole('heading', { name: 'Period 3 warm-up: answer key' }).waitFor();
  assert.equal(
    await answerKey.getByText('(right answer)').count(),
    quiz.questions.reduce((n, q) => n + q.answer.length, 0),
  );
  await expectNoAxeViolations(answerKey, 'the print view and answer key');
  await answerKey.close();
  await expectNoHorizontalScroll(page, 'the builder');

  const student = await openPhone(browser());
  await student.page.goto(link);
  const s = student.page;
  await s.getByText('Civics 3').waitFor();
  await expectNoAxeViolations(s, 'an assignment before starting');
  await s.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await s.getByRole('button', { name: 'Start the assignment' }).click();

  const total = quiz.questions.length;
  const asked = [];
  for (let index = 0; index < total; index += 1) {
    if (index === 2) {
      const before = await s.getByRole('heading', { level: 2 }).first().textContent();
      await s.reload();
      await s.getByRole('progressbar').waitFor();
      assert.equal(
        await s.getByRole('heading', { level: 2 }).first().textContent(),
        before,
        'same question after a reload',
      );
    }
    asked.push(await answerCurrent(s, { right: index !== 0 }));
    await s.getByRole('button', { name: index === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  assert.notDeepEqual(
    asked,
    quiz.questions.map((q) => q.prompt),
    'questions are shuffled for this student',
  );

  await s
    .getByRole('heading', {
      name: `You finished: ${total - 1} of ${total} right (${Math.round(((total - 1) / total) * 100)}%)`,
    })
    .waitFor();
  await s.getByText('Nothing has been sent anywhere.').waitFor();
  const receipt = await s.getByRole('textbox', { name: 'Your result link' }).inputValue();
  assert.match(receipt, /\/teach\/results#r1\./);
  assert.match(
    await s.getByRole('link', { name: 'Email to my teacher' }).getAttribute('href'),
    /^mailto:teacher@school\.example\?subject=/,
  );
  await expectNoAxeViolations(s, 'the receipt');
  assert.deepEqual(student.foreignRequests, []);
  assert.deepEqual(student.consoleErrors, []);
  await student.context.close();

  await page.goto('/teach/results');
  await page
    .getByRole('textbox', { name: 'Paste result links' })
    .fill(`Ana's result:\n${receipt}\n${tamper(receipt)}\nr1.not-a-real-receipt-at-all`);
  await page.getByRole('button', { name: 'Import results' }).click();
  const report = page.getByRole('status').filter({ hasText: 'imported' });
  await report.getByText('1 imported, 0 already here, 2 not imported.').waitFor();
  assert.match(await report.textContent(), /checksum does not match/);
  assert.match(await report.textContent(), /cut short or damaged/);

  const table = page.getByRole('table', { name: 'Results for Period 3 warm-up' });
  assert.match(
    await table.getByRole('row', { name: /Ana Lopez/ }).textContent(),
    new RegExp(`${total - 1} of ${total}`),
  );
  await page.getByRole('heading', { name: 'Question by question' }).waitFor();
  assert.match(await page.locator('main').textContent(), /Most chosen wrong answer/);
  await expectNoAxeViolations(page, 'the gradebook');

  await page.goto(receipt);
  await page.getByText('0 imported, 1 already here, 0 not imported.').waitFor();
  assert.equal(await page.getByRole('row', { name: /Ana Lopez/ }).count(), 1, 'a result opened twice is kept once');
  assert.deepEqual(teacher.foreignRequests, []);
  assert.deepEqual(teacher.consoleErrors, []);
  await teacher.context.close();
});

test('a teacher who picks nearly every question gets a link without a QR code, and keeps the choices', async () => {
  const { page, consoleErrors } = await openPhone(browser());
  const quizzes = contentIds().quizzes.map(readQuiz);
  await page.goto('/teach');
  // All but the first question of each quiz: the link then names every other question one by one,
  // and full details on top make it longer than a QR code holds (a whole quiz is just its id).
  for (const quiz of quizzes) {
    const group = page.getByRole('group', { name: quiz.title });
    await group.getByRole('checkbox', { name: /^All \d+ questions/ }).check();
    await group.getByText(/^Choose questions/).click();
    await group.getByRole('checkbox', { name: quiz.questions[0].prompt, exact: true }).uncheck();
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
  assert.ok(
    link.length > 2331,
    `the link (${link.length} characters) would fit a QR code: this test needs a longer one`,
  );
  await page.getByText(/This link is too long for a QR code \([\d,]+ characters\)/).waitFor();
  assert.equal(await page.getByRole('img', { name: /QR code/ }).count(), 0);
  assert.ok(await page.getByRole('heading', { name: '1. Questions' }).isVisible(), 'the builder is still on the page');
  const chosen = quizzes.reduce((n, quiz) => n + quiz.questions.length - 1, 0);
  await page.getByText(`${chosen} questions chosen.`).waitFor();
  for (const quiz of quizzes) {
    const group = page.getByRole('group', { name: quiz.title });
    assert.equal(await group.getByRole('checkbox', { name: quiz.questions[1].prompt, exact: true }).isChecked(), true);
    assert.equal(await group.getByRole('checkbox', { name: quiz.questions[0].prompt, exact: true }).isChecked(), false);
  }
  assert.deepEqual(consoleErrors, []);
  await expectNoAxeViolations(page, 'the builder with a link too long for a QR code');
  await page.context().close();
});

test('a broken or future assignment link says what is wrong and offers the plain quizzes', async () => {
  const { context, page } = await openPhone(browser());
  for (const [hash, message] of [
    ['a1.eyJ2ZXJzaW9uIjox', 'cut short or damaged'],
    ['a7.eyJ2ZXJzaW9uIjo3fQ', 'newer version'],
    ['<script>alert(1)</script>', 'not an assignment link'],
  ]) {
    await page.goto(`/assignment#${hash}`);
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be opened' });
    await alert.waitFor();
    assert.match(await alert.textContent(), new RegExp(message));
    assert.equal(await page.getByRole('link', { name: 'Practise with the quizzes instead' }).getAttribute('href'), '/');
  }
  await expectNoAxeViolations(page, 'a broken assignment link');
  await context.close();
});
