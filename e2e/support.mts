// Shared setup for the browser journeys: fixtures that watch for what a user would notice (console errors and
// warnings, requests to another origin), axe-core, and the steps every journey takes (choosing, checking).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** The checkout's root folder. */
export const repo = fileURLToPath(new URL('..', import.meta.url));

/** How the app is served: `next start`, or the static export in out/ behind nginx. */
export type Target = 'next' | 'export';

/** A phone: its own context (storage, service worker, cookies) and what it saw go wrong. */
export type Phone = { context: BrowserContext; page: Page; consoleErrors: string[]; foreignRequests: string[] };
type Size = { width: number; height: number };

type Fixtures = {
  target: Target;
  /** Console errors and warnings, and uncaught exceptions, of `page`. */
  consoleErrors: string[];
  /** Every request `context` made that left the app's origin. */
  foreignRequests: string[];
  /** Another phone (a second student, the teacher, another device), closed after the test. */
  openPhone: (size?: Size) => Promise<Phone>;
};

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function watchRequests(context: BrowserContext, baseURL: string): string[] {
  const foreign: string[] = [];
  const { origin } = new URL(baseURL);
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

export const test = base.extend<Fixtures>({
  target: ['next', { option: true }],
  consoleErrors: async ({ page }, use) => {
    await use(watchConsole(page));
  },
  foreignRequests: async ({ context, baseURL }, use) => {
    await use(watchRequests(context, baseURL!));
  },
  openPhone: async ({ browser, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async ({ width, height } = { width: 390, height: 844 }) => {
      const context = await browser.newContext({ viewport: { width, height }, baseURL, hasTouch: true });
      contexts.push(context);
      const foreignRequests = watchRequests(context, baseURL!);
      const page = await context.newPage();
      return { context, page, consoleErrors: watchConsole(page), foreignRequests };
    });
    for (const context of contexts) await context.close();
  },
});
export { expect };

export async function expectNoAxeViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe-core violations on ${label}`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

/** Every control a finger needs is at least 44 by 44 CSS pixels. */
export async function expectTouchTargets(page: Page, label: string) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main label:has(input), main a.btn-primary, main a.btn-secondary')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(
        ({ el, box }) =>
          `${(el.textContent ?? '').trim().slice(0, 40)} (${Math.round(box.width)}x${Math.round(box.height)})`,
      ),
  );
  expect(small, `touch targets under 44x44 on ${label}`).toEqual([]);
}

/** A quiz as quizzes/*.json holds it: what the tests need of it. */
export type Question = {
  id: string;
  type: 'single' | 'true-false' | 'multi' | 'speaker' | 'evidence';
  prompt: string;
  choices: { id: string; text: string }[];
  answer: string[];
  explanation: string;
  quote: { text: string; sourceId: string; paragraph: number; speaker: string };
};
export type Quiz = { id: string; title: string; questions: Question[] };

/** Text as a quote reads on screen and in the file alike: typographic quotation marks as straight ones, spaces folded. */
export function fold(text: string | null): string {
  return (text ?? '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

export function readQuiz(id: string): Quiz {
  return JSON.parse(readFileSync(path.join(repo, 'quizzes', `${id}.json`), 'utf8'));
}

/**
 * A teacher builds an assignment (practice, or an assessment) of the whole quiz in the builder, and gets the link for students once the builder
 * says the assignment is kept on the device. With `questions`, only the quiz's first that many: for journeys about
 * what happens to a result, which a short assignment reaches in a third of the time a student takes on all of them.
 */
export async function buildAssignment(
  page: Page,
  quiz: Quiz,
  {
    title,
    className,
    due,
    dropBox = false,
    assessment = false,
    questions,
  }: {
    title: string;
    className?: string;
    due?: string;
    dropBox?: boolean;
    assessment?: boolean;
    questions?: number;
  },
): Promise<string> {
  await page.goto('/teach');
  const group = page.getByRole('group', { name: quiz.title });
  await group.getByRole('checkbox', { name: /^All \d+ questions/ }).check();
  if (questions !== undefined) {
    await group.getByText(/^Choose questions/).click();
    for (const question of quiz.questions.slice(questions)) {
      await group.getByRole('checkbox', { name: question.prompt, exact: true }).uncheck();
    }
    await expect(page.getByText(`${questions} questions chosen.`)).toBeVisible();
  }
  if (assessment) await page.getByRole('radio', { name: /Assessment/ }).check();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  if (className) await page.getByRole('textbox', { name: 'Class' }).fill(className);
  if (due) await page.getByRole('textbox', { name: 'Due date' }).fill(due);
  if (dropBox) await page.getByRole('checkbox', { name: 'Results come back to me automatically' }).check();
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  // A drop box opened on a server just started waits for its embedded database to open: seconds on a busy machine.
  await expect(page.getByText('Kept on this device in My assignments')).toBeVisible({
    timeout: dropBox ? 60_000 : undefined,
  });
  return page.getByRole('textbox', { name: 'Link for students' }).inputValue();
}

/**
 * The result links these students would hand back for an assignment link, made by scripts/resultLinks.ts as the
 * assignment page makes them: for tests about the gradebook, not the students' journeys (which take seconds each).
 * `wrong` are the assignment's questions each student missed, by their place in it (0 first).
 */
export function resultLinksFor(
  link: string,
  finishedAt: Date,
  students: { name: string; wrong: number[] }[],
): string[] {
  const args = students.map(({ name, wrong }) => `${name}:${wrong.join(',')}`);
  // tsx's own command, not through npx: npx costs a second or more on each call.
  const tsx = path.join(repo, 'node_modules/tsx/dist/cli.mjs');
  return execFileSync(process.execPath, [tsx, 'scripts/resultLinks.ts', link, finishedAt.toISOString(), ...args], {
    cwd: repo,
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
}

/** The item, which the test knows is there: a quiz's first question, a choice by its id. */
export function present<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`no ${what}`);
  return item;
}

/**
 * A choice's words as a question card shows them: "ODNI" is spelled out in the first choice that uses it
 * (lib/spellOut.ts), so the page's name for "The ODNI report" is longer there.
 */
export function shownChoiceText(question: Pick<Question, 'choices'>, id: string): string {
  const first = question.choices.find((c) => /\bODNI\b/.test(c.text));
  const { text } = present(
    question.choices.find((c) => c.id === id),
    `choice ${id}`,
  );
  return id === first?.id ? text.replace(/\bODNI\b/, 'Office of the Director of National Intelligence (ODNI)') : text;
}

/** Picks the right answer, or one wrong choice, the way a student would: by the choice's visible text. */
export async function choose(page: Page, question: Question, { right }: { right: boolean }) {
  const wrong = present(
    question.choices.find((c) => !question.answer.includes(c.id)),
    `wrong choice in ${question.id}`,
  );
  const ids = right ? question.answer : [wrong.id];
  const role = question.type === 'multi' ? 'checkbox' : 'radio';
  for (const id of ids) {
    await page.getByRole(role, { name: shownChoiceText(question, id), exact: true }).check();
  }
}

/** Answers whatever question of `quiz` is on screen, found by its prompt since the order may be shuffled. */
export async function answerOnScreen(page: Page, quiz: Quiz, { right }: { right: boolean }) {
  const prompt = await page.getByRole('heading', { level: 2 }).first().textContent();
  const question = present(
    quiz.questions.find((q) => q.prompt === prompt),
    `question with the prompt on screen: ${prompt}`,
  );
  await choose(page, question, { right });
  await page.getByRole('button', { name: 'Check' }).click();
  return prompt;
}

/** Chooses, checks, and waits for the feedback that says whether the answer was right. */
export async function answer(page: Page, question: Question, { right }: { right: boolean }) {
  await choose(page, question, { right });
  await page.getByRole('button', { name: 'Check' }).click();
  const feedback = page.getByRole('region', { name: right ? 'Correct' : 'Incorrect' });
  await expect(feedback).toBeVisible();
  return feedback;
}
