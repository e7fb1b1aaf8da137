// Results that come back by themselves: a teacher opens a drop box, students on phones finish, and their results
// reach the teacher's gradebook sealed, with no copy and paste; a server that goes down loses none of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { answerOnScreen, buildAssignment, expect, readQuiz, repo, test } from './support.mts';

const quiz = readQuiz('the-vote-itself');
/**
 * The assignment's length: how a result travels does not depend on it, and each student's journey through a whole
 * quiz is e2e/teacher.spec.mts's.
 */
const QUESTIONS = 4;

/** A teacher's laptop builds an assignment of `quiz`'s first questions whose results come back by themselves. */
async function buildWithDropBox(page: Page, title: string): Promise<string> {
  const link = await buildAssignment(page, quiz, { title, dropBox: true, questions: QUESTIONS });
  await expect(page.getByText('Results come back by themselves')).toBeVisible();
  return link;
}

/** A student opens the link, gives a name and answers every question but the last; `finish` answers that one. */
async function takeAllButLast(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  for (let index = 0; index < QUESTIONS - 1; index += 1) {
    await answerOnScreen(page, quiz, { right: index % 2 === 0 });
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  return async () => {
    await answerOnScreen(page, quiz, { right: true });
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('heading', { name: /^You finished/ })).toBeVisible();
  };
}

test('three students finish on phones and their results reach the teacher’s gradebook by themselves, sealed', async ({
  openPhone,
  target,
}) => {
  test.skip(target !== 'next', 'the drop box needs the app’s server');
  const teacher = await openPhone({ width: 1280, height: 800 });
  const link = await buildWithDropBox(teacher.page, 'Sealed warm-up');

  const names = ['Ana Lopez', 'Ben Okafor', 'Chen Wei'];
  const posted: string[] = [];
  // In class, at the same time.
  await Promise.all(
    names.map(async (name) => {
      const student = await openPhone();
      student.page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/api/boxes/')) posted.push(request.postData() ?? '');
      });
      const finish = await takeAllButLast(student.page, link, name);
      await finish();
      await expect(student.page.getByText('Sent to your teacher')).toBeVisible();
      // The result link is offered too.
      await expect(student.page.getByRole('textbox', { name: 'Your result link' })).toHaveValue(/#r1\./);
      expect(student.foreignRequests).toEqual([]);
      expect(student.consoleErrors).toEqual([]);
    }),
  );

  // What the server was given: an id and ciphertext, no name, no result link, nothing it could read.
  expect(posted).toHaveLength(3);
  for (const body of posted) {
    const fields = JSON.parse(body);
    expect(Object.keys(fields).sort()).toEqual(['ciphertext', 'id']);
    const bytes = Buffer.from(fields.ciphertext, 'base64url');
    for (const name of names) expect(bytes.toString('latin1')).not.toContain(name);
    expect(bytes.toString('latin1')).not.toContain('Sealed warm-up');
    // Not a compressed result or an encoded one either: nothing but the key opens it.
    expect(() => inflateRawSync(bytes.subarray(1))).toThrow();
    expect(() => inflateRawSync(bytes)).toThrow();
    expect(() => JSON.parse(bytes.toString('utf8'))).toThrow();
  }

  await teacher.page.goto('/teach/results');
  const table = teacher.page.getByRole('table', { name: 'Results for Sealed warm-up' });
  for (const name of names) await expect(table.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(names.length + 1);
  await expect(teacher.page.getByRole('textbox', { name: 'Paste result links' })).toHaveValue('');
  expect(teacher.consoleErrors).toEqual([]);
});

test('closing an assignment never deletes results still in its drop box', async ({ openPhone, target }) => {
  test.skip(target !== 'next', 'the drop box needs the app’s server');
  const teacher = (await openPhone({ width: 1280, height: 800 })).page;
  const link = await buildWithDropBox(teacher, 'Closing warm-up');
  const student = await openPhone();
  await (
    await takeAllButLast(student.page, link, 'Eli Park')
  )();
  await expect(student.page.getByText('Sent to your teacher')).toBeVisible();

  // Closed from My assignments before the gradebook has collected it: refused, with the way to collect it.
  await teacher.goto('/teach/assignments');
  const card = teacher.getByRole('listitem').filter({ hasText: 'Closing warm-up' });
  await card.getByRole('button', { name: 'Close' }).click();
  await card.getByRole('button', { name: 'Close it' }).click();
  await expect(card.getByText(/Not closed: its drop box still holds one result/)).toBeVisible();
  await expect(card.getByRole('heading')).not.toContainText('(closed)');
  await card.getByRole('link', { name: 'open the gradebook' }).click();
  await expect(
    teacher.getByRole('table', { name: 'Results for Closing warm-up' }).getByRole('row', { name: /Eli Park/ }),
  ).toBeVisible();

  await teacher.goto('/teach/assignments');
  await card.getByRole('button', { name: 'Close' }).click();
  await card.getByRole('button', { name: 'Close it' }).click();
  await expect(card.getByRole('heading')).toContainText('(closed)');
  // The server no longer has the box: a result sent to it now is refused for good.
  const token = new URL(link).hash.slice(1).split('.')[1] ?? '';
  const boxId: string = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')).dropBox.id;
  const refused = await teacher.request.post(`/api/boxes/${boxId}/results`, {
    data: { id: 'late-result-0000001', ciphertext: `AQ${'A'.repeat(124)}` },
  });
  expect(refused.status()).toBe(404);
  await teacher.goto('/teach/results');
  await expect(teacher.getByRole('row', { name: /Eli Park/ })).toBeVisible();
  await expect(teacher.getByRole('heading', { name: 'Results coming back by themselves' })).toHaveCount(0);
});

test('the drop box builder is not offered where there is no server', { tag: '@export' }, async ({ page, target }) => {
  test.skip(target !== 'export', 'only the static export has no server');
  await page.goto('/teach');
  await expect(page.getByText(/static site with no server of its own/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Results come back to me automatically' })).toHaveCount(0);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A `next start` of this test's own, on the same build, so the test can stop it and start it again. */
async function startServer(port: number, data: string): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [path.join(repo, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    { cwd: repo, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DROP_BOX_DATA: data }, stdio: 'ignore' },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGKILL');
  throw new Error('next start did not come up');
}

async function stopServer(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

async function phone(browser: Browser, baseURL: string, size = { width: 390, height: 844 }) {
  const context = await browser.newContext({ baseURL, viewport: size, hasTouch: true });
  return { context, page: await context.newPage() };
}

test('a result finished while the server is down waits on the phone, and arrives once after the restart', async ({
  browser,
  target,
}) => {
  test.skip(target !== 'next', 'the drop box needs the app’s server');
  const port = await freePort();
  const data = mkdtempSync(path.join(tmpdir(), 'sourcecheck-drop-box-'));
  const baseURL = `http://127.0.0.1:${port}`;
  let server = await startServer(port, data);
  try {
    const teacher = await phone(browser, baseURL, { width: 1280, height: 800 });
    const link = await buildWithDropBox(teacher.page, 'Restart warm-up');
    const student = await phone(browser, baseURL);
    const answers: number[] = [];
    student.page.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().includes('/results'))
        answers.push(response.status());
    });
    const finish = await takeAllButLast(student.page, link, 'Dana Reyes');

    await stopServer(server);
    await finish();
    await expect(student.page.getByText('Not sent yet: waiting to send.')).toBeVisible();
    await expect(student.page.getByText('Sent to your teacher')).toHaveCount(0);
    await expect(student.page.getByRole('textbox', { name: 'Your result link' })).toHaveValue(/#r1\./);

    server = await startServer(port, data);
    await student.page.reload();
    await expect(student.page.getByText('Sent to your teacher')).toBeVisible();
    // Opened again: nothing is sent twice. The server stored it once (201) and was not asked again.
    await student.page.reload();
    await expect(student.page.getByText('Sent to your teacher')).toBeVisible();
    expect(answers).toEqual([201]);

    await teacher.page.goto('/teach/results');
    const table = teacher.page.getByRole('table', { name: 'Results for Restart warm-up' });
    await expect(table.getByRole('row', { name: /Dana Reyes/ })).toHaveCount(1);
    await teacher.page.getByRole('button', { name: 'Check now' }).click();
    await expect(teacher.page.getByText(/nothing new/)).toBeVisible();
    await expect(table.getByRole('row', { name: /Dana Reyes/ })).toHaveCount(1);
    await teacher.context.close();
    await student.context.close();
  } finally {
    await stopServer(server);
    rmSync(data, { recursive: true, force: true });
  }
});
