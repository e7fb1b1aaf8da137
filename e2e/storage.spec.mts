// A device that will not save: storage full, a browser that throws on every write, storage blocked for the site.
// In each, nothing a student or teacher did is lost without a word, and nothing is called saved before it is.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  answer,
  buildAssignment,
  choose,
  expect,
  expectNoAxeViolations,
  present,
  readQuiz,
  resultLinksFor,
  test,
  type Phone,
} from './support.mts';

const run = promisify(execFile);
const quiz = readQuiz('the-vote-itself');
const LEGACY_GRADEBOOK_KEY = 'sourcecheck-gradebook';
const DESK = { width: 1024, height: 800 };

/** Fills localStorage to the last byte once, before the app's scripts run, as a phone with no room left has it. */
function fillStorage() {
  if (localStorage.getItem('filler-0') !== null) return;
  let chunk = 'x'.repeat(1 << 20);
  for (let i = 0; chunk.length > 0;) {
    try {
      localStorage.setItem(`filler-${i}`, chunk);
      i += 1;
    } catch {
      chunk = chunk.slice(0, chunk.length >> 1);
    }
  }
}

/** Old Safari's private windows: storage reads work, and every write throws. */
function throwOnWrite() {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Site data blocked: touching localStorage or IndexedDB throws, as Chromium does when a site may store nothing. */
function blockStorage() {
  for (const name of ['localStorage', 'indexedDB']) {
    Object.defineProperty(window, name, {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  }
}

/** Whatever question is on screen, looked up by its prompt, since an assignment shuffles them. */
async function questionOnScreen(page: Page) {
  const prompt = await page.getByRole('heading', { level: 2 }).first().textContent();
  return present(
    quiz.questions.find((q) => q.prompt === prompt),
    `question with the prompt on screen: ${prompt}`,
  );
}

type OpenPhone = (size?: { width: number; height: number }) => Promise<Phone>;

/** An assessment's length: what a refusing device does with each answer does not change from one to the next. */
const QUESTIONS = 4;
let madeLink: string | undefined;

/** A teacher's assessment link for the quiz's first questions, made in the builder once for the file's tests. */
async function assessmentLink(openPhone: OpenPhone) {
  if (madeLink) return madeLink;
  const { context, page } = await openPhone(DESK);
  madeLink = await buildAssignment(page, quiz, { title: 'Storage check', assessment: true, questions: QUESTIONS });
  await context.close();
  return madeLink;
}

/**
 * A result for the gradebook's tests, made as the assignment page makes it (e2e/support.mts): the refusing device's
 * own journey is the test that ends in its gradebook; the others need only its result.
 */
async function resultLinkFor(openPhone: OpenPhone, name: string) {
  const [link = ''] = resultLinksFor(await assessmentLink(openPhone), new Date(), [{ name, wrong: [1, 3] }]);
  return link;
}

/** Takes an assessment as a student whose browser throws on every write, and returns the result link. */
async function takeAssessmentOnRefusingDevice(openPhone: OpenPhone, link: string, name: string) {
  const student = await openPhone();
  await student.context.addInitScript(throwOnWrite);
  const { page } = student;
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  for (let index = 0; index < QUESTIONS; index += 1) {
    await choose(page, await questionOnScreen(page), { right: index % 2 === 0 });
    await page.getByRole('button', { name: 'Save and next' }).click();
    await expect(page.getByRole('heading', { name: 'Answers kept on this page only' })).toBeVisible();
    await expect(page.getByText('Answer saved'), 'an answer the device refused is called saved').toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Hand in' }).click();
  const resultLink = await page.getByRole('textbox', { name: /result link/i }).inputValue();
  expect(resultLink).toMatch(/\/teach\/results#r1\./);
  expect(student.consoleErrors, 'errors while taking an assessment on a refusing device').toEqual([]);
  await student.context.close();
  return resultLink;
}

test('a practice quiz on a full device goes on in memory, says what is not saved, and downloads the progress', async ({
  context,
  page,
  consoleErrors,
}) => {
  await context.addInitScript(fillStorage);
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const [first, ...rest] = quiz.questions;
  await answer(page, present(first, 'first question'), { right: true });
  const alert = page.getByRole('alert').filter({ hasText: 'not saved on this device' });
  await expect(alert).toContainText('because its storage is full');
  await expectNoAxeViolations(page, 'a quiz on a full device');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download my progress' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(Object.keys(file.progress.quizzes[quiz.id].current.answers)).toEqual([first!.id]);

  for (const question of rest) {
    await page.getByRole('button', { name: 'Next question' }).click();
    await answer(page, question, { right: true });
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByTestId('score')).toContainText(`${quiz.questions.length} of ${quiz.questions.length}`);
  expect(consoleErrors).toEqual([]);
});

test('an assessment on a device that throws on every write is finished, and its result reaches the gradebook', async ({
  openPhone,
}) => {
  const resultLink = await takeAssessmentOnRefusingDevice(openPhone, await assessmentLink(openPhone), 'Rafa Ortiz');

  const teacher = (await openPhone(DESK)).page;
  await teacher.goto(resultLink);
  await expect(teacher.getByText(/1 imported/)).toBeVisible();
  await teacher.reload();
  await expect(teacher.getByRole('rowheader', { name: 'Rafa Ortiz' })).toBeVisible();
});

test('with storage blocked, quizzes and the gradebook work in memory and say that nothing is kept', async ({
  context,
  page,
  consoleErrors,
  openPhone,
}) => {
  const resultLink = await resultLinkFor(openPhone, 'Mei Chen');
  await context.addInitScript(blockStorage);

  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, present(quiz.questions[0], 'first question'), { right: false });
  await expect(page.getByRole('alert').filter({ hasText: 'does not let SourceCheck save anything' })).toBeVisible();
  // The app's links change the page without reloading the app, so what is held in memory alone goes along.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review what you missed' })).toBeVisible();
  await page.getByRole('link', { name: 'SourceCheck', exact: true }).click();
  await expect(page.getByTestId(`status-${quiz.id}`)).toHaveText(`In progress: question 1 of ${quiz.questions.length}`);

  await page.goto('/teach/results');
  await page.getByRole('textbox', { name: 'Paste result links' }).fill(resultLink);
  await page.getByRole('button', { name: 'Import results' }).click();
  await expect(page.getByText(/0 imported, 1 shown but not saved on this device/)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Mei Chen' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'does not let SourceCheck keep anything' })).toBeVisible();
  await expectNoAxeViolations(page, 'the gradebook with storage blocked');
  expect(consoleErrors).toEqual([]);
});

test('a gradebook whose writes fail says so, and a reload shows that nothing was claimed that was not kept', async ({
  openPhone,
}) => {
  const resultLink = await resultLinkFor(openPhone, 'Ivo Petrov');
  const { context, page } = await openPhone(DESK);
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(resultLink);
  await expect(page.getByText(/0 imported, 1 shown but not saved on this device/)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('No results yet.')).toBeVisible();
});

test('the gradebook an older version kept in localStorage moves to IndexedDB without losing a result', async ({
  openPhone,
}) => {
  const resultLink = await resultLinkFor(openPhone, 'Old Gradebook');
  const token = resultLink.split('#')[1] ?? '';
  const receipt = JSON.parse(Buffer.from(token.slice(3), 'base64url').toString('utf8'));
  const { page } = await openPhone(DESK);
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    LEGACY_GRADEBOOK_KEY,
    JSON.stringify({ state: { receipts: [receipt] }, version: 1 }),
  ] as const);
  await page.goto('/teach/results');
  await expect(page.getByRole('rowheader', { name: 'Old Gradebook' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_GRADEBOOK_KEY)).toBeNull();
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'Old Gradebook' })).toBeVisible();
  await expect(page.getByTestId('storage-usage')).toContainText(/SourceCheck keeps .* on this device/);
});

test('the gradebook keeps 20,000 pasted results across a reload', async ({ openPhone }) => {
  test.setTimeout(600_000);
  // Both emails are written while the page loads.
  const emails = ['bulk0001', 'bulk0002'].map((assignment) =>
    run('npx', ['tsx', 'scripts/resultEmail.ts', '10000', assignment], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
  const { page } = await openPhone(DESK);
  await page.goto('/teach/results');
  for (const pending of emails) {
    const { stdout: email } = await pending;
    // Pasted as the browser pastes, one paste event with the whole text: typing 12 MB key by key would take hours.
    await page.evaluate((text) => {
      const box = document.querySelector('textarea#receipts') as HTMLTextAreaElement;
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      box.focus();
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, email);
    // Too long to draw in the box: held beside it, and said so.
    await expect(
      page.getByRole('status').filter({ hasText: /^Pasted 10,000 lines, too many to show here/ }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Paste result links' })).toHaveValue('');
    const started = Date.now();
    await page.getByRole('button', { name: 'Import results' }).click();
    await expect(page.getByText('10000 imported, 0 already here, 0 not imported.')).toBeVisible({ timeout: 120_000 });
    test
      .info()
      .annotations.push({ type: 'timing', description: `10,000 results imported in ${Date.now() - started} ms` });
  }
  await expect(page.getByText(/^10000 students$/).nth(1)).toBeVisible();
  const reloaded = Date.now();
  await page.reload();
  const count = page.getByText(/^10000 students$/);
  await expect(count.first()).toBeVisible({ timeout: 60_000 });
  const stored = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('sourcecheck-gradebook');
        open.onsuccess = () => {
          const request = open.result.transaction('results').objectStore('results').count();
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(stored).toBe(20_000);
  await expect(count).toHaveCount(2);
  test.info().annotations.push({
    type: 'timing',
    description: `20,000 results loaded after a reload in ${Date.now() - reloaded} ms`,
  });
});
