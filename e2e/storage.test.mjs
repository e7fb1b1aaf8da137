// A device that will not save: storage full, a browser that throws on every write, storage blocked for the site.
// In each, nothing a student or teacher did is lost without a word, and nothing is called saved before it is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { answer, choose, expectNoAxeViolations, openPhone, readQuiz, sharedBrowser } from './support.mjs';

const browser = sharedBrowser();
const quiz = readQuiz('the-vote-itself');
const LEGACY_GRADEBOOK_KEY = 'sourcecheck-gradebook';

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
async function questionOnScreen(page) {
  const prompt = await page.getByRole('heading', { level: 2 }).first().textContent();
  const question = quiz.questions.find((q) => q.prompt === prompt);
  assert.ok(question, `unknown prompt on screen: ${prompt}`);
  return question;
}

/** A teacher's assessment link for the whole quiz, made in the builder. */
async function assessmentLink() {
  const { context, page } = await openPhone(browser(), { width: 1024, height: 800 });
  await page.goto('/teach');
  await page
    .getByRole('group', { name: quiz.title })
    .getByRole('checkbox', { name: /^All \d+ questions/ })
    .check();
  await page.getByRole('radio', { name: /Assessment/ }).check();
  await page.getByRole('textbox', { name: 'Title' }).fill('Storage check');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
  await context.close();
  return link;
}

/** Takes an assessment as a student whose browser throws on every write, and returns the result link. */
async function takeAssessmentOnRefusingDevice(link, name) {
  const student = await openPhone(browser());
  await student.context.addInitScript(throwOnWrite);
  const { page } = student;
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  for (let index = 0; index < quiz.questions.length; index += 1) {
    await choose(page, await questionOnScreen(page), { right: index % 2 === 0 });
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: 'Answer kept on this page only' }).waitFor();
    assert.equal(await page.getByText('Answer saved').count(), 0, 'an answer the device refused is called saved');
    const last = index === quiz.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
  }
  const resultLink = await page.getByRole('textbox', { name: /result link/i }).inputValue();
  assert.match(resultLink, /\/teach\/results#r1\./);
  assert.deepEqual(student.consoleErrors, [], 'errors while taking an assessment on a refusing device');
  await student.context.close();
  return resultLink;
}

test('a practice quiz on a full device goes on in memory, says what is not saved, and downloads the progress', async () => {
  const { context, page, consoleErrors } = await openPhone(browser());
  await context.addInitScript(fillStorage);
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const [first, ...rest] = quiz.questions;
  await answer(page, first, { right: true });
  const alert = page.getByRole('alert').filter({ hasText: 'not saved on this device' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /because its storage is full/);
  await expectNoAxeViolations(page, 'a quiz on a full device');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download my progress' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(Object.keys(file.progress.quizzes[quiz.id].current.answers), [first.id]);

  for (const question of rest) {
    await page.getByRole('button', { name: 'Next question' }).click();
    await answer(page, question, { right: true });
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByTestId('score').waitFor();
  assert.match(
    await page.getByTestId('score').textContent(),
    new RegExp(`${quiz.questions.length} of ${quiz.questions.length}`),
  );
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('an assessment on a device that throws on every write is finished, and its result reaches the gradebook', async () => {
  const link = await assessmentLink();
  const resultLink = await takeAssessmentOnRefusingDevice(link, 'Rafa Ortiz');

  const teacher = await openPhone(browser(), { width: 1024, height: 800 });
  await teacher.page.goto(resultLink);
  await teacher.page.getByText(/1 imported/).waitFor();
  await teacher.page.reload();
  await teacher.page.getByRole('rowheader', { name: 'Rafa Ortiz' }).waitFor();
  await teacher.context.close();
});

test('with storage blocked, quizzes and the gradebook work in memory and say that nothing is kept', async () => {
  const resultLink = await takeAssessmentOnRefusingDevice(await assessmentLink(), 'Mei Chen');
  const { context, page, consoleErrors } = await openPhone(browser());
  await context.addInitScript(blockStorage);

  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, quiz.questions[0], { right: false });
  await page.getByRole('alert').filter({ hasText: 'does not let SourceCheck save anything' }).waitFor();

  await page.goto('/teach/results');
  await page.getByRole('textbox', { name: 'Paste result links' }).fill(resultLink);
  await page.getByRole('button', { name: 'Import results' }).click();
  await page.getByText(/0 imported, 1 shown but not saved on this device/).waitFor();
  await page.getByRole('rowheader', { name: 'Mei Chen' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'does not let SourceCheck keep anything' }).waitFor();
  await expectNoAxeViolations(page, 'the gradebook with storage blocked');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a gradebook whose writes fail says so, and a reload shows that nothing was claimed that was not kept', async () => {
  const resultLink = await takeAssessmentOnRefusingDevice(await assessmentLink(), 'Ivo Petrov');
  const { context, page } = await openPhone(browser(), { width: 1024, height: 800 });
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(resultLink);
  await page.getByText(/0 imported, 1 shown but not saved on this device/).waitFor();
  await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
  await page.reload();
  await page.getByText('No results yet.').waitFor();
  await context.close();
});

test('the gradebook an older version kept in localStorage moves to IndexedDB without losing a result', async () => {
  const resultLink = await takeAssessmentOnRefusingDevice(await assessmentLink(), 'Old Gradebook');
  const token = resultLink.split('#')[1];
  const receipt = JSON.parse(Buffer.from(token.slice(3), 'base64url').toString('utf8'));
  const { context, page } = await openPhone(browser(), { width: 1024, height: 800 });
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [LEGACY_GRADEBOOK_KEY, JSON.stringify({ state: { receipts: [receipt] }, version: 1 })],
  );
  await page.goto('/teach/results');
  await page.getByRole('rowheader', { name: 'Old Gradebook' }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), LEGACY_GRADEBOOK_KEY), null);
  await page.reload();
  await page.getByRole('rowheader', { name: 'Old Gradebook' }).waitFor();
  assert.match(await page.getByTestId('storage-usage').textContent(), /SourceCheck keeps .* on this device/);
  await context.close();
});

test('the gradebook keeps 20,000 pasted results across a reload', async () => {
  const { context, page } = await openPhone(browser(), { width: 1024, height: 800 });
  await page.goto('/teach/results');
  for (const assignment of ['bulk0001', 'bulk0002']) {
    const email = execFileSync('npx', ['tsx', 'scripts/resultEmail.ts', '10000', assignment], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    // Set as a paste sets it, in one input event: typing 11 MB key by key would take hours.
    await page.evaluate((text) => {
      const box = document.querySelector('textarea#receipts');
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, email);
    const started = Date.now();
    await page.getByRole('button', { name: 'Import results' }).click();
    await page.getByText('10000 imported, 0 already here, 0 not imported.').waitFor({ timeout: 120_000 });
    console.log(`# 10,000 results imported in ${Date.now() - started} ms`);
  }
  await page.getByText(/^10000 students$/).nth(1).waitFor();
  const reloaded = Date.now();
  await page.reload();
  const count = page.getByText(/^10000 students$/);
  await count.first().waitFor({ timeout: 60_000 });
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
  assert.equal(stored, 20_000);
  assert.equal(await count.count(), 2);
  console.log(`# 20,000 results loaded after a reload in ${Date.now() - reloaded} ms`);
  await context.close();
});
