// A teacher's own questions travel in the assignment link (format 2, compressed): a student takes them like the
// bank's, with each quote, and the result comes back to the teacher's gradebook with the teacher's quote in its
// item analysis. A link made before own questions existed (format 1) still opens as it did.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { choose, expect, expectNoAxeViolations, fold, readQuiz, repo, test, type Question } from './support.mts';

const LAPTOP = { width: 1280, height: 800 };
const SOURCE_ID = 'npr-2021-03-16-russia-2020-election';
const bank = readQuiz('the-vote-itself');
const bankQuestion = bank.questions[0]!;

/** Two questions of the teacher's own, as the writer downloads them (its UI is e2e/write.spec.mts's journey). */
const mine: (Question & { claims: string[] })[] = [
  {
    id: 'mine-china001',
    type: 'single',
    prompt: 'What does the report assess that China did about influence efforts on the election?',
    choices: [
      { id: 'deployed', text: 'Deployed them widely' },
      { id: 'considered', text: 'Considered them but did not deploy them' },
      { id: 'never', text: 'Never considered them' },
    ],
    answer: ['considered'],
    explanation: 'The report assesses, as its judgement, that China weighed such efforts and did not carry them out.',
    quote: {
      text: 'We assess that China considered but did not deploy influence efforts intended to change the outcome of the U.S. presidential election',
      sourceId: SOURCE_ID,
      speaker: 'report',
      paragraph: 15,
    },
    claims: ['china-did-not-deploy'],
  },
  {
    id: 'mine-votes002',
    type: 'true-false',
    prompt: 'True or false: the report found that a foreign actor changed votes.',
    choices: [
      { id: 'true', text: 'True' },
      { id: 'false', text: 'False' },
    ],
    answer: ['false'],
    explanation: 'The report says it has no indications of any such attempt.',
    quote: {
      text: 'We have no indications that any foreign actor attempted to alter any technical aspect of the voting process',
      sourceId: SOURCE_ID,
      speaker: 'report',
      paragraph: 11,
    },
    claims: ['no-vote-tampering'],
  },
];

/** An article of the teacher's own (the unit tests' too) and one question on it, as the writer downloads them. */
const articleFile = JSON.parse(readFileSync(path.join(repo, 'e2e/fixtures/articleFile.json'), 'utf8'));
const { article } = articleFile;
const onArticle: Question & { claims: string[] } = articleFile.questions[0];

async function openArticleFile(page: Page) {
  await page.getByRole('radio', { name: /^Use an article of my own/ }).check();
  await page
    .locator('label', { hasText: 'Open an article file' })
    .locator('input[type=file]')
    .setInputFiles({
      name: 'article.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(articleFile)),
    });
  await expect(page.getByText(/^Opened “Town Votes To Keep Its Library Open Late” with 1 question/)).toBeVisible();
}

async function openQuestionsFile(page: Page) {
  await page.goto('/teach/write');
  const region = page.getByRole('region', { name: 'My questions' });
  const file = { id: 'my-questions', title: 'My questions', summary: 's', topic: 't', level: 'core', questions: mine };
  await region.locator('input[type=file]').setInputFiles({
    name: 'my-questions.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(region.getByRole('status')).toHaveText(/^Opened 2 questions/);
}

test('a teacher’s own questions go out in the link, come back in a result, and show in the item analysis', async ({
  openPhone,
}) => {
  test.setTimeout(60_000);
  const laptop = await openPhone(LAPTOP);
  const teacher = laptop.page;
  await openQuestionsFile(teacher);
  await openArticleFile(teacher);

  await teacher.goto('/teach');
  const picker = teacher.getByRole('group', { name: 'My questions' });
  await picker.getByText(/^Choose questions/).click();
  await expect(
    picker.getByRole('checkbox', { name: `${onArticle.prompt} (on “${article.citation.title}”)` }),
  ).toBeVisible();
  await picker.getByRole('checkbox', { name: 'All 3 questions (written by you)' }).check();
  const bankQuiz = teacher.getByRole('group', { name: bank.title });
  await bankQuiz.getByText(/^Choose questions/).click();
  await bankQuiz.getByRole('checkbox', { name: bankQuestion.prompt }).check();
  await expect(teacher.getByText('4 questions chosen.')).toBeVisible();
  await teacher.getByRole('checkbox', { name: /^Shuffle the questions/ }).uncheck();
  await teacher.getByRole('textbox', { name: 'Title' }).fill('Our own questions');
  await teacher.getByRole('button', { name: 'Create the assignment link' }).click();
  await expect(teacher.getByText('Kept on this device in My assignments')).toBeVisible();
  const link = await teacher.getByRole('textbox', { name: 'Link for students' }).inputValue();
  expect(link).toMatch(/\/assignment#a2\./);
  const length = link.length.toLocaleString('en-US');
  // The length is said either way, with the QR code when the link fits one, and plainly when it does not.
  await expect(
    teacher.getByText(
      new RegExp(
        `^(The link is ${length} characters long|This link is too long for a QR code \\(${length} characters\\))`,
      ),
    ),
  ).toBeVisible();
  if ((await teacher.getByRole('img', { name: /^QR code for the assignment link/ }).count()) === 0)
    await expect(teacher.getByText(/Copy, Share and email still work/)).toBeVisible();
  await expectNoAxeViolations(teacher, 'the builder with own questions and their link');

  const phone = await openPhone();
  const student = phone.page;
  await student.goto(link);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await student.getByRole('button', { name: 'Start the assignment' }).click();
  const questions = [bankQuestion, ...mine, onArticle];
  for (const [index, question] of questions.entries()) {
    await expect(student.getByRole('heading', { level: 2 }).first()).toHaveText(question.prompt);
    // Right on the teacher's questions, wrong on the bank's, so the item analysis has something to say.
    await choose(student, question, { right: index > 0 });
    await student.getByRole('button', { name: 'Check' }).click();
    const feedback = student.getByRole('region', { name: index === 0 ? 'Incorrect' : 'Correct' });
    await expect(feedback).toBeVisible();
    // The quote, its speaker and its citation, as for any question of the bank.
    expect(fold(await feedback.textContent())).toContain(fold(question.quote.text));
    if (question === onArticle) {
      // The teacher's article: its speaker by the teacher's name, and read in context here, as text.
      await expect(feedback.getByText('Who is speaking: The Valley Courier.')).toBeVisible();
      await feedback.getByText(`Read paragraph 1 in context`).click();
      const inContext = feedback.getByRole('region', { name: 'The article' });
      await expect(inContext.locator('mark')).toHaveText(onArticle.quote.text);
      await expect(inContext).toContainText(article.paragraphs[1]!);
      await expectNoAxeViolations(student, 'a teacher’s article read in context');
    } else {
      await expect(
        feedback.getByRole('link', { name: `Read paragraph ${question.quote.paragraph} in context` }),
      ).toBeVisible();
    }
    if (index === 1) await expectNoAxeViolations(student, 'the feedback on a teacher’s own question');
    await student
      .getByRole('button', { name: index === questions.length - 1 ? 'See my results' : 'Next question' })
      .click();
  }
  const result = await student.getByRole('textbox', { name: 'Your result link' }).inputValue();
  expect(phone.consoleErrors).toEqual([]);

  await teacher.goto(result);
  await expect(teacher.getByText('1 imported, 0 already here, 0 not imported.')).toBeVisible();
  const results = teacher.getByRole('region', { name: /Our own questions/ });
  await expect(results.getByRole('row', { name: /Ana Lopez/ })).toContainText('75%');
  for (const question of [mine[0]!, onArticle]) {
    const item = results.getByRole('listitem').filter({ hasText: question.prompt });
    await expect(item).toContainText('100% right (1 of 1)');
    await item.getByText('Show the quote').click();
    expect(fold(await item.textContent())).toContain(fold(question.quote.text));
  }
  await expect(results.getByRole('listitem').filter({ hasText: onArticle.prompt })).toContainText(
    'Who is speaking: The Valley Courier.',
  );
  expect(laptop.consoleErrors).toEqual([]);
  expect([...laptop.foreignRequests, ...phone.foreignRequests]).toEqual([]);
});

test('a link made before own questions existed still opens as it was', async ({ page, consoleErrors }) => {
  // Format 1, written by the builder as it was (lib/assignmentLink.ts encodeAssignment): base64url JSON after "a1.".
  const old =
    'a1.eyJ2ZXJzaW9uIjoxLCJpZCI6ImszeDltcDJhIiwicXVlc3Rpb25zIjpbInRoZS12b3RlLWl0c2VsZiJdLCJzaHVmZmxlUXVlc3Rpb25zIjpmYWxzZSwic2h1ZmZsZUNob2ljZXMiOmZhbHNlLCJmZWVkYmFjayI6InByYWN0aWNlIiwidGl0bGUiOiJPbGQgbGluayIsImNvbnRlbnRWZXJzaW9uIjoiMDAwMDAwMDAifQ';
  await page.goto(`/assignment#${old}`);
  await expect(page.getByText('Old link')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ben');
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(bank.questions[0]!.prompt);
  expect(consoleErrors).toEqual([]);
});
