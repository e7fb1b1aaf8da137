// Shared setup for the browser journeys: Debian's Chromium, a phone-sized page, axe-core, and watchers
// for what a user would notice (console errors, requests to another origin).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** One browser for a test file: launched before its tests, closed after them. Call the result to get it. */
export function sharedBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** A fresh phone-sized context that records console errors and every request leaving the app's origin. */
export async function openPhone(browser, { width = 390, height = 844 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, baseURL: BASE_URL, hasTouch: true });
  const page = await context.newPage();
  const consoleErrors = [];
  const foreignRequests = [];
  const origin = new URL(BASE_URL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { context, page, consoleErrors, foreignRequests };
}

export async function expectNoAxeViolations(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const { violations } = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe-core violations on ${label}`);
}

export async function expectNoHorizontalScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px`);
}

/** Every control a finger needs is at least 44 by 44 CSS pixels. */
export async function expectTouchTargets(page, label) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main label:has(input), main a.btn-primary, main a.btn-secondary')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(
        ({ el, box }) => `${el.textContent.trim().slice(0, 40)} (${Math.round(box.width)}x${Math.round(box.height)})`,
      ),
  );
  assert.deepEqual(small, [], `touch targets under 44x44 on ${label}`);
}

/** Picks the right answer, or one wrong choice, the way a student would: by the choice's visible text. */
export async function choose(page, question, { right }) {
  const ids = right ? question.answer : [question.choices.find((c) => !question.answer.includes(c.id)).id];
  const role = question.type === 'multi' ? 'checkbox' : 'radio';
  for (const id of ids) {
    const text = question.choices.find((c) => c.id === id).text;
    await page.getByRole(role, { name: text, exact: true }).check();
  }
}

/** Chooses, checks, and waits for the feedback that says whether the answer was right. */
export async function answer(page, question, { right }) {
  await choose(page, question, { right });
  await page.getByRole('button', { name: 'Check' }).click();
  const feedback = page.getByRole('region', { name: right ? 'Correct' : 'Incorrect' });
  await feedback.waitFor();
  return feedback;
}

export function readQuiz(id) {
  return JSON.parse(readFileSync(new URL(`../quizzes/${id}.json`, import.meta.url), 'utf8'));
}
