// A teacher takes an assignment to the school's own system: the builder's downloads, read by parsers that are not
// ours, and the QTI 3.0 items answered in an independent QTI 3 player (@citolab/qti-components).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseGift, type MultipleChoice } from 'gift-pegjs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  fold,
  readQuiz,
  repo,
  resultLinksFor,
  test,
  buildAssignment,
} from './support.mts';

const quiz = readQuiz('the-vote-itself');

/** Clicks a download button and gives back the saved file's path. */
async function download(page: Page, label: string): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const file = await saved.path();
  if (!file) throw new Error(`the ${label} download was not saved`);
  return file;
}

test('a teacher downloads the assignment for Moodle and Canvas from the builder, and the files hold the quiz', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  const link = await buildAssignment(page, quiz, { title: 'Week 3: <review> & {vote}' });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await expect(page.getByRole('heading', { name: 'Files for your learning management system' })).toBeVisible();
  await expect(page.getByText(/Canvas Classic Quizzes/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Share to Google Classroom' })).toHaveAttribute(
    'href',
    `https://classroom.google.com/share?url=${encodeURIComponent(link)}`,
  );
  await expectNoAxeViolations(page, 'the builder with its LMS downloads');
  expect(scripts, 'the writers are not loaded before a download').toEqual([]);

  const gift = readFileSync(await download(page, 'Download GIFT (.txt)'), 'utf8');
  expect(scripts.length, 'the writers load on the first download').toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: '.gift.txt' })).toHaveText(
    new RegExp(`\\.gift\\.txt: all ${quiz.questions.length} questions\\.`),
  );
  const read = parseGift(gift) as MultipleChoice[];
  expect(read.map((q) => q.stem.text)).toEqual(quiz.questions.map((q) => q.prompt));
  read.forEach((back, i) => {
    const question = quiz.questions[i]!;
    expect(back.choices.map((c) => c.text.text)).toEqual(question.choices.map((c) => c.text));
    const keyed = back.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => c.text.text);
    expect(keyed).toEqual(question.choices.filter((c) => question.answer.includes(c.id)).map((c) => c.text));
    expect(back.globalFeedback?.text).toContain(question.quote.text);
  });

  const zip = await download(page, 'Download QTI 1.2 (.zip)');
  execFileSync('unzip', ['-tq', zip]);
  const files = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
  expect(files.sort()).toEqual(['imsmanifest.xml', expect.stringMatching(/^sourcecheck-[a-z0-9]{8}\/.+\.xml$/)]);
  const assessment = execFileSync('unzip', ['-p', zip, files.find((f) => f !== 'imsmanifest.xml')!], {
    encoding: 'utf8',
  });
  expect(assessment).toContain('title="Week 3: &lt;review&gt; &amp; {vote}"');
  expect(assessment.match(/<item /g)).toHaveLength(quiz.questions.length);

  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

/** The player's bundle as npm ships it, served to a page of its own: nothing of it is added to the app. */
const PLAYER = readFileSync(path.join(repo, 'node_modules/@citolab/qti-components/cdn/index.global.js'), 'utf8');
const PLAYER_PAGE =
  '<!doctype html><html lang="en"><head><title>QTI 3 player</title><script src="/player.js"></script></head>' +
  '<body><qti-item><item-container></item-container></qti-item></body></html>';

/** What the test uses of the player's elements (their own types come with the package's Lit build). */
type PlayerContainer = Element & { itemXML: string };
type PlayerItem = Element & { processResponse(): boolean; getOutcome(identifier: string): { value: unknown } };

/** Loads one item into the player, picks these choices (by their ids in our files), and lets the player score it. */
async function answerInPlayer(page: Page, xml: string, choiceIds: readonly string[]) {
  await page.goto('http://qti-player.test/');
  await page.evaluate((itemXML) => {
    document.querySelector<PlayerContainer>('item-container')!.itemXML = itemXML;
  }, xml);
  for (const id of choiceIds) await page.locator(`qti-simple-choice[identifier="c.${id}"]`).click();
  const outcome = await page.evaluate(() => {
    const item = document
      .querySelector('item-container')!
      .shadowRoot!.querySelector<PlayerItem>('qti-assessment-item')!;
    item.processResponse();
    return { score: item.getOutcome('SCORE').value, feedback: item.getOutcome('FEEDBACK').value };
  });
  // The player opens the modal feedback its scoring chose as a dialog, once it has rendered again.
  const feedback = page.locator('qti-modal-feedback').filter({ has: page.getByRole('dialog') });
  await expect(feedback).toHaveCount(1);
  const shown = fold(await feedback.innerText());
  return { ...outcome, shown };
}

test('an independent QTI 3 player scores every exported item right and wrong and shows our feedback', async ({
  page,
}) => {
  await buildAssignment(page, quiz, { title: 'QTI 3 check' });
  const zip = await download(page, 'Download QTI 3.0 (.zip)');
  const unzip = (file: string) => execFileSync('unzip', ['-p', zip, file], { encoding: 'utf8' });
  await page.route('http://qti-player.test/**', (route) =>
    new URL(route.request().url()).pathname === '/player.js'
      ? route.fulfill({ contentType: 'text/javascript', body: PLAYER })
      : route.fulfill({ contentType: 'text/html', body: PLAYER_PAGE }),
  );

  for (const question of quiz.questions) {
    const xml = unzip(`items/sc.${quiz.id}.${question.id}.xml`);
    const wrongChoice = question.choices.find((c) => !question.answer.includes(c.id))!;
    const right = await answerInPlayer(page, xml, question.answer);
    expect(right, `${question.id} answered with the key`).toMatchObject({ score: '1', feedback: 'RIGHT' });
    expect(right.shown).toMatch(/^Right\. Answer:/);
    expect(right.shown).toContain(fold(question.explanation));
    expect(right.shown).toContain(fold(question.quote.text));

    const wrong = await answerInPlayer(page, xml, [wrongChoice.id]);
    expect(wrong, `${question.id} answered with "${wrongChoice.text}"`).toMatchObject({
      score: '0',
      feedback: 'WRONG',
    });
    expect(wrong.shown).toMatch(/^Not right\. Answer:/);
    expect(wrong.shown).toContain(fold(question.quote.text));

    if (question.type === 'multi') {
      const more = await answerInPlayer(page, xml, [...question.answer, wrongChoice.id]);
      expect(more, `${question.id} with the key and a wrong choice: no partial credit, as in the app`).toMatchObject({
        score: '0',
        feedback: 'WRONG',
      });
    }
  }
});

test('a teacher matches a student to the school system and downloads grades for the Canvas gradebook', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  const link = await buildAssignment(page, quiz, { title: 'Week 4' });
  // The student's result, as the assignment page makes it (e2e/support.mts): a student's own journey through an
  // assignment is e2e/teacher.spec.mts's, and this test is about what the gradebook does with it.
  const total = quiz.questions.length;
  const [receipt = ''] = resultLinksFor(link, new Date(), [{ name: 'مريم Haddad', wrong: [0] }]);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(receipt);
  await expect(page.getByRole('heading', { name: 'Grades for your learning management system' })).toBeVisible();
  await expect(page.getByText(/Each assignment becomes a column of points/)).toBeVisible();
  await page.getByText(/Match names to your system \(1 students\)/).click();
  await page.getByRole('textbox', { name: 'Name in your system for مريم Haddad' }).fill('Haddad, Maryam');
  await page.getByRole('textbox', { name: 'ID in your system for مريم Haddad' }).fill('=1+1');
  await expect(page.getByText('Kept on this device for next time.')).toBeVisible();
  await expectNoHorizontalScroll(page, 'the gradebook with the name matching open');
  await expectNoAxeViolations(page, 'the gradebook with the name matching open');

  const csv = readFileSync(await download(page, 'Download for the Canvas gradebook'), 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n').slice(0, 3)).toEqual([
    'Student,ID,SIS User ID,SIS Login ID,Section,Week 4',
    `Points Possible,,,,,${total}`,
    `"Haddad, Maryam",'=1+1,,,,${total - 1}`,
  ]);

  await page.reload();
  await page.getByText(/Match names to your system/).click();
  await expect(page.getByRole('textbox', { name: 'Name in your system for مريم Haddad' })).toHaveValue(
    'Haddad, Maryam',
  );
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
