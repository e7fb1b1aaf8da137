// A teacher writes their own questions on the article: words chosen by mouse and by keyboard, so every quote is
// the article's own; checked as written, previewed, kept, adapted from the bank, downloaded and opened back in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  choose,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  present,
  readQuiz,
  repo,
  test,
} from './support.mts';

const LAPTOP = { width: 1280, height: 900 };
const SOURCE = readFileSync(path.join(repo, 'quizzes/sources/npr-2021-03-16-russia-2020-election.txt'), 'utf8');

/** Drags the mouse across `words` in a paragraph of the writer, as a teacher selects them. */
async function dragAcross(page: Page, paragraph: number, words: string) {
  const text = page.locator(`[data-paragraph-text="${paragraph}"]`);
  await text.scrollIntoViewIfNeeded();
  const [from, to] = await text.evaluate((element, wanted) => {
    const node = element.firstChild as Text;
    const start = (node.textContent ?? '').indexOf(wanted);
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    };
    return [at(start), at(start + wanted.length - 1)];
  }, words);
  await page.mouse.move(from!.x - 2, from!.y);
  await page.mouse.down();
  await page.mouse.move(to!.x, to!.y, { steps: 5 });
  await page.mouse.up();
}

test('a teacher writes questions on the article by mouse and by keyboard, previews, keeps, adapts and downloads them', async ({
  openPhone,
}) => {
  test.setTimeout(180_000);
  const { page, consoleErrors, foreignRequests } = await openPhone(LAPTOP);
  await page.goto('/teach');
  await page.getByRole('link', { name: 'write your own question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a question' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Your question' });
  const status = form.getByRole('status');
  await expectNoAxeViolations(page, 'the writer, empty');

  // By mouse: the claim Trump made, in NPR's words. Half-selected words are taken whole.
  await page.getByRole('radio', { name: /^Who is speaking/ }).check();
  await dragAcross(page, 13, 'hina was making a major push to support Bide');
  await page.getByRole('button', { name: 'Use the selected words' }).click();
  await expect(page.getByText('Quoted from paragraph 13:')).toContainText(
    'China was making a major push to support Biden.',
  );
  // Outside the article's quotation marks, so the suggestion is NPR; a teacher who says "the report" is told why not.
  const speaker = page.getByRole('combobox', { name: 'Who is speaking in these words' });
  await expect(speaker).toHaveValue('npr');
  await speaker.selectOption('report');
  await expect(page.getByText(/the report speaks only inside quotation marks/)).toBeVisible();
  await speaker.selectOption('npr');
  await page.getByRole('textbox', { name: 'Prompt' }).fill('Whose claim is it that China was pushing to help Biden?');
  await page
    .getByRole('group', { name: 'Who is speaking (the right answer)' })
    .getByRole('radio', { name: 'Trump and his supporters' })
    .check();
  const explanation = page.getByRole('textbox', { name: /^Explanation/ });
  await explanation.fill('NPR says Trump "claimed loudly" this.');
  await form.getByRole('checkbox', { name: /^China was making a major push to support Biden: Trump/ }).check();
  await page.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Not kept yet/);
  await expect(page.getByText(/the quoted words "claimed loudly" are not in the source/)).toBeVisible();
  await expectNoAxeViolations(page, 'the writer with problems shown');
  await explanation.fill('NPR reports it as Trump’s "counter-claim", and says he offered no evidence.');

  // The preview is the question as a student gets it.
  const preview = page.getByRole('region', { name: 'Preview: as a student sees it' });
  await preview.getByRole('radio', { name: 'NPR', exact: true }).check();
  await preview.getByRole('button', { name: 'Check' }).click();
  await expect(preview.getByRole('region', { name: 'Incorrect' })).toContainText('Words: NPR’s narration.');
  await expect(preview.getByRole('link', { name: 'Read paragraph 13 in context' })).toBeVisible();
  await expectNoAxeViolations(page, 'the writer with its preview answered');

  // An unfinished question survives a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Prompt' })).toHaveValue(
    'Whose claim is it that China was pushing to help Biden?',
  );
  await page.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Kept on this device/);

  // By keyboard: a paragraph, then its first and last words from lists.
  await page.getByRole('radio', { name: /^True or false/ }).check();
  await page.getByRole('combobox', { name: 'Paragraph' }).selectOption('11');
  await page.getByRole('combobox', { name: 'First word' }).selectOption({ label: '1. "We' });
  await page.getByRole('combobox', { name: 'Last word' }).selectOption({ label: '18. process' });
  await page.getByRole('button', { name: 'Use these words' }).focus();
  await page.keyboard.press('Enter');
  // The article's quotation mark is not part of the words: the quote is what stands inside it.
  await expect(page.getByText('Quoted from paragraph 11:')).toContainText(
    'We have no indications that any foreign actor attempted to alter any technical aspect of the voting process',
  );
  await expect(speaker).toHaveValue('report');
  await page
    .getByRole('textbox', { name: 'Prompt' })
    .fill('The report found signs that a foreign actor changed votes.');
  await form.getByRole('radio', { name: 'False', exact: true }).check();
  await explanation.fill('The report says it has "no indications" of that: a hedge, not proof that nothing happened.');
  await form.getByRole('checkbox', { name: /^The report has no indications/ }).check();
  await page.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Kept on this device/);

  // Adapted from the bank: a new id, the teacher's words.
  await page.getByRole('combobox', { name: 'Bank question' }).selectOption({ index: 1 });
  const prompt = page.getByRole('textbox', { name: 'Prompt' });
  await prompt.fill(`${await prompt.inputValue()} (in your own words)`);
  await page.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Kept on this device/);

  const mine = page.getByRole('region', { name: 'My questions' });
  await expect(mine.getByRole('listitem')).toHaveCount(3);
  await expectNoHorizontalScroll(page, 'the writer');

  // The download is a quiz file the project's own check passes, every quote verbatim in the article.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mine.getByRole('button', { name: 'Download as a quiz file' }).click(),
  ]);
  const file = present(await download.path(), 'the quiz file');
  const quiz = JSON.parse(readFileSync(file, 'utf8')) as { questions: { id: string; quote: { text: string } }[] };
  expect(quiz.questions).toHaveLength(3);
  for (const question of quiz.questions) {
    expect(question.id).toMatch(/^mine-/);
    expect(SOURCE).toContain(question.quote.text);
  }
  // Named as the browser names it: a quiz file's name is its id.
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'quiz-')), download.suggestedFilename());
  writeFileSync(copy, readFileSync(file));
  expect(execFileSync('npx', ['tsx', 'scripts/check-quiz.ts', copy], { cwd: repo, encoding: 'utf8' })).toContain(
    '3 questions, every rule of a quiz file kept',
  );

  // Deleted, then opened back in from the file.
  await mine
    .getByRole('button', { name: /^Delete/ })
    .first()
    .click();
  await mine.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  await mine.locator('input[type=file]').setInputFiles(file);
  // Only the deleted one comes back: those still here are kept as they are, and the page says so.
  await expect(mine.getByRole('status')).toHaveText(
    /^Opened 1 question from .*Question \d was not opened: it is already on this device/,
  );
  await page.reload();
  await expect(page.getByRole('region', { name: 'My questions' }).getByRole('listitem')).toHaveCount(3);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

const ARTICLE = readFileSync(path.join(repo, 'e2e/fixtures/article.txt'), 'utf8');
const ARTICLE_HTML = path.join(repo, 'e2e/fixtures/article.html');
const VOTE = readQuiz('the-vote-itself');
const VOTE_QUESTION = present(VOTE.questions[0], `first question of ${VOTE.id}`);

test('a teacher brings an article of their own, writes questions on it by mouse and by keyboard, finds them after a reload, and assigns them with a bank question; a student’s result comes back', async ({
  openPhone,
}) => {
  test.setTimeout(240_000);
  const { page, consoleErrors, foreignRequests } = await openPhone(LAPTOP);
  await page.goto('/teach/write');
  await page.getByRole('radio', { name: /^Use an article of my own/ }).check();
  const articleForm = page.getByRole('form', { name: 'Your article' });
  const text = articleForm.getByRole('textbox', { name: 'The article’s text' });
  await expect(text).toBeVisible();
  await expectNoAxeViolations(page, 'the article form, empty');

  // An HTML page is read as text: its scripts never run, its markup never comes through.
  await articleForm.locator('input[type=file]').setInputFiles(ARTICLE_HTML);
  await expect(articleForm.getByRole('status')).toHaveText(/^Opened article\.html: its text only/);
  await expect(text).toHaveValue(/^Riverside Council Keeps The Library Open Late\n\nThe Riverside town council voted/);
  expect(await text.inputValue()).not.toMatch(/SCRIPT|STYLE|<|>/);
  expect(await page.evaluate(() => (window as { __scriptRan?: boolean }).__scriptRan)).toBeUndefined();
  await expect(page).not.toHaveTitle(/SCRIPT-RAN/);

  // Pasted as text, the same article: five paragraphs, as the source page numbers them.
  await text.fill(ARTICLE);
  await expect(articleForm.getByText('5 paragraphs, ')).toBeVisible();
  await articleForm.getByRole('button', { name: 'Keep this article and write on it' }).click();
  await expect(articleForm.getByText(/write the outlet/)).toBeVisible();
  await expectNoAxeViolations(page, 'the article form with problems shown');
  await articleForm.getByRole('textbox', { name: /^Outlet/ }).fill('The Riverside Record');
  await articleForm.getByRole('textbox', { name: 'Title' }).fill('Riverside Council Keeps The Library Open Late');
  await articleForm.getByRole('textbox', { name: /^Author/ }).fill('Sam Ortiz');
  const who = articleForm.getByRole('textbox', { name: 'Name of a person or body quoted' });
  await who.fill('Mayor Ana Ruiz');
  await articleForm.getByRole('button', { name: 'Add this name' }).click();
  await who.fill('The budget office');
  await who.press('Enter');
  await articleForm.getByRole('button', { name: 'Keep this article and write on it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept on this device: “Riverside Council' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Your question' });
  const status = form.getByRole('status');
  const speaker = form.getByRole('combobox', { name: 'Who is speaking in these words' });
  const explanation = form.getByRole('textbox', { name: /^Explanation/ });
  await expectNoAxeViolations(page, 'the writer on the article, empty');

  // By mouse, words inside the article's quotation marks: the teacher must say which person they are.
  await form.getByRole('radio', { name: /^Who is speaking/ }).check();
  await dragAcross(page, 3, 'tudents need a quiet, warm place to work after dar');
  await form.getByRole('button', { name: 'Use the selected words' }).click();
  await expect(form.getByText('Quoted from paragraph 3:')).toContainText(
    'Students need a quiet, warm place to work after dark,',
  );
  await expect(speaker).toHaveValue('');
  await expect(form.getByText('choose who is quoted in these words')).toBeVisible();
  await speaker.selectOption({ label: 'The Riverside Record (the article’s own words)' });
  await expect(
    form.getByText(/these words stand inside quotation marks: they are not The Riverside Record’s own/),
  ).toBeVisible();
  await speaker.selectOption({ label: 'Mayor Ana Ruiz' });
  await form.getByRole('textbox', { name: 'Prompt' }).fill('Who says students need a quiet place after dark?');
  await form
    .getByRole('group', { name: 'Who is speaking (the right answer)' })
    .getByRole('radio', { name: 'Mayor Ana Ruiz' })
    .check();
  await explanation.fill('The mayor says students need "a warm, quiet room".');
  await form.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Not kept yet/);
  await expect(form.getByText(/the quoted words "a warm, quiet room" are not in the article/)).toBeVisible();
  await expectNoAxeViolations(page, 'the writer on the article with problems shown');
  await explanation.fill('The article puts these words in quotation marks and says "said Mayor Ana Ruiz".');

  // The preview names the speaker as the teacher did, cites the article and shows it in context, as text.
  const preview = page.getByRole('region', { name: 'Preview: as a student sees it' });
  await preview.getByRole('radio', { name: 'The budget office' }).check();
  await preview.getByRole('button', { name: 'Check' }).click();
  await expect(preview.getByRole('region', { name: 'Incorrect' })).toContainText('Who is speaking: Mayor Ana Ruiz.');
  await expect(
    preview.getByText(/Sam Ortiz, “Riverside Council Keeps The Library Open Late,” The Riverside Record, paragraph 3/),
  ).toBeVisible();
  await preview.getByText('Read paragraph 3 in context').click();
  await expect(preview.locator('mark')).toHaveText('Students need a quiet, warm place to work after dark,');
  await expectNoAxeViolations(page, 'the writer on the article with its preview answered, in context');
  await form.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Kept on this device/);

  // By keyboard: the budget office's warning, in the outlet's own words.
  await form.getByRole('radio', { name: /^True or false/ }).check();
  await form.getByRole('combobox', { name: 'Paragraph' }).selectOption('4');
  await form.getByRole('combobox', { name: 'First word' }).selectOption({ label: '1. The' });
  await form.getByRole('combobox', { name: 'Last word' }).selectOption({ label: '21. have.' });
  await form.getByRole('button', { name: 'Use these words' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByText('Quoted from paragraph 4:')).toContainText(
    'The town’s budget office warned that the later hours cost $40,000 a year — money it says Riverside does not have.',
  );
  await expect(speaker).toHaveValue('outlet');
  await form
    .getByRole('textbox', { name: 'Prompt' })
    .fill('The budget office says the town can pay for the later hours.');
  await form.getByRole('radio', { name: 'False', exact: true }).check();
  await explanation.fill('It says the money is what "Riverside does not have".');
  await form.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Kept on this device/);

  // A third kind, one right answer of three written, on the last paragraph from the word lists.
  await form.getByRole('radio', { name: /^One right answer/ }).check();
  await form.getByRole('combobox', { name: 'Paragraph' }).selectOption('5');
  await form.getByRole('combobox', { name: 'First word' }).selectOption({ label: '1. Library' });
  await form.getByRole('combobox', { name: 'Last word' }).selectOption({ label: '19. teenagers.' });
  await form.getByRole('button', { name: 'Use these words' }).click();
  await expect(speaker).toHaveValue('outlet');
  await form.getByRole('textbox', { name: 'Prompt' }).fill('Who used the library most after 5 p.m.?');
  await form.getByRole('textbox', { name: 'Choice 1' }).fill('Teenagers');
  await form.getByRole('textbox', { name: 'Choice 2' }).fill('Retired people');
  await form.getByRole('textbox', { name: 'Choice 3' }).fill('Library staff');
  await form.getByRole('radio', { name: 'Choice 1 is right' }).check();
  await explanation.fill('Staff counted 180 visitors, "most of them teenagers".');
  await form.getByRole('button', { name: 'Keep this question' }).click();
  await expect(status).toHaveText(/^Kept on this device/);

  const mine = page.getByRole('region', { name: 'My questions on this article' });
  await expect(mine.getByRole('listitem')).toHaveCount(3);
  await expectNoHorizontalScroll(page, 'the writer on the article');

  // After a reload, the article and its questions are still on the device.
  await page.reload();
  await expect(page.getByRole('radio', { name: /^Use an article of my own/ })).toBeChecked();
  await expect(page.getByRole('region', { name: 'My questions on this article' }).getByRole('listitem')).toHaveCount(3);

  // Downloaded, the article and its questions are one file: every quote the article's own words.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the article and its questions' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(present(await download.path(), 'the article file'), 'utf8')) as {
    article: { paragraphs: string[]; speakers: { name: string }[] };
    questions: { type: string; quote: { text: string; paragraph: number } }[];
  };
  expect(saved.article.paragraphs).toHaveLength(5);
  expect(saved.article.speakers.map((s) => s.name)).toEqual(['Mayor Ana Ruiz', 'The budget office']);
  expect(saved.questions.map((q) => q.type).sort()).toEqual(['single', 'speaker', 'true-false']);
  for (const question of saved.questions) {
    expect(saved.article.paragraphs[question.quote.paragraph - 1]).toContain(question.quote.text);
  }
  // The only errors are the Content-Security-Policy refusing the HTML file's styles as the inert parser met them:
  // the policy doing its work, and nothing of them applied.
  expect(consoleErrors.filter((error) => !/^Applying inline style violates .*'style-src 'self''/.test(error))).toEqual(
    [],
  );
  consoleErrors.length = 0;

  // Assigned with a question of the bank's, in the order chosen.
  await page.goto('/teach');
  const own = page.getByRole('group', { name: 'My questions' });
  await own.getByText(/^Choose questions/).click();
  await own.getByRole('checkbox', { name: 'All 3 questions (written by you)' }).check();
  const bankQuiz = page.getByRole('group', { name: VOTE.title });
  await bankQuiz.getByText(/^Choose questions/).click();
  await bankQuiz.getByRole('checkbox', { name: VOTE_QUESTION.prompt }).check();
  await page.getByRole('checkbox', { name: /^Shuffle the questions/ }).uncheck();
  await page.getByRole('textbox', { name: 'Title' }).fill('Library vote');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  await expect(page.getByText('Kept on this device in My assignments')).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
  expect(link).toMatch(/\/assignment#a2\./);

  // A student on a phone: every quote is the article's words, one read in context; all right but the bank's.
  const phone = await openPhone();
  const student = phone.page;
  await student.goto(link);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Lee Chen');
  await student.getByRole('button', { name: 'Start the assignment' }).click();
  const rightChoice: Record<string, { role: 'radio'; name: string; quote: string; paragraph: number }> = {
    'Who says students need a quiet place after dark?': {
      role: 'radio',
      name: 'Mayor Ana Ruiz',
      quote: 'Students need a quiet, warm place to work after dark,',
      paragraph: 3,
    },
    'The budget office says the town can pay for the later hours.': {
      role: 'radio',
      name: 'False',
      quote: 'The town’s budget office warned that the later hours cost $40,000 a year',
      paragraph: 4,
    },
    'Who used the library most after 5 p.m.?': {
      role: 'radio',
      name: 'Teenagers',
      quote: 'Library staff counted 180 visitors after 5 p.m.',
      paragraph: 5,
    },
  };
  for (let index = 0; index < 4; index += 1) {
    const prompt = (await student.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    const mineOnScreen = rightChoice[prompt];
    if (mineOnScreen) await student.getByRole(mineOnScreen.role, { name: mineOnScreen.name, exact: true }).check();
    else {
      expect(prompt).toBe(VOTE_QUESTION.prompt);
      await choose(student, VOTE_QUESTION, { right: false });
    }
    await student.getByRole('button', { name: 'Check' }).click();
    const feedback = student.getByRole('region', { name: mineOnScreen ? 'Correct' : 'Incorrect' });
    await expect(feedback).toBeVisible();
    if (mineOnScreen) {
      await expect(feedback).toContainText(mineOnScreen.quote);
      await expect(feedback).toContainText('The Riverside Record');
      if (mineOnScreen.paragraph === 3) {
        await feedback.getByText('Read paragraph 3 in context').click();
        await expect(feedback.getByRole('region', { name: 'The article' }).locator('mark')).toHaveText(
          mineOnScreen.quote,
        );
      }
    }
    await student.getByRole('button', { name: index === 3 ? 'See my results' : 'Next question' }).click();
  }
  await expect(student.getByRole('heading', { name: /^You finished: 3 of 4 right/ })).toBeVisible();
  const result = await student.getByRole('textbox', { name: 'Your result link' }).inputValue();
  expect(phone.consoleErrors).toEqual([]);

  // Back in the teacher's gradebook: the result, and the teacher's quote in the item analysis.
  await page.goto(result);
  await expect(page.getByText('1 imported, 0 already here, 0 not imported.')).toBeVisible();
  const results = page.getByRole('region', { name: /Library vote/ });
  await expect(results.getByRole('row', { name: /Lee Chen/ })).toContainText('75%');
  const item = results.getByRole('listitem').filter({ hasText: 'Who says students need a quiet place after dark?' });
  await expect(item).toContainText('100% right (1 of 1)');
  await item.getByText('Show the quote').click();
  await expect(item).toContainText('Students need a quiet, warm place to work after dark,');
  await expect(item).toContainText('Who is speaking: Mayor Ana Ruiz.');
  expect(consoleErrors).toEqual([]);
  expect([...foreignRequests, ...phone.foreignRequests]).toEqual([]);
});
