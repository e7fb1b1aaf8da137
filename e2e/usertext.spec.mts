// Text from a link or a receipt is whatever someone typed: a title of 100 letters without a space, a class name
// of 60, a name that starts with a right-to-left override (U+202E) and never closes it. On a 320 px phone none
// of it may push the page sideways, and the override may not reorder the app's own words after it.
import type { Page } from '@playwright/test';
import {
  answer,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  present,
  readQuiz,
  test,
} from './support.mts';

const TITLE = `Period${'3'.repeat(94)}`;
const CLASS_NAME = `Civics${'C'.repeat(54)}`;
const NAME = '\u202EAna Lopez';

const question = present(
  readQuiz('the-vote-itself').questions.find((q) => q.id === 'technical-aspects'),
  'question technical-aspects',
);

/** An assignment link as the builder writes it (lib/assignmentLink.ts encodeAssignment): a1. and base64url JSON. */
function assignmentToken() {
  const assignment = {
    version: 1,
    id: 'longtext',
    questions: ['the-vote-itself:technical-aspects'],
    shuffleQuestions: false,
    shuffleChoices: false,
    feedback: 'practice',
    title: TITLE,
    className: CLASS_NAME,
    // Not this content's fingerprint: the page says the questions changed, and the link still opens.
    contentVersion: '00000000',
  };
  return `a1.${Buffer.from(JSON.stringify(assignment)).toString('base64url')}`;
}

/** The innermost element in main whose whole text is `text`, and whether the browser isolates its direction. */
function isolation(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const holders = [...document.querySelectorAll('main *')].filter((el) => el.textContent === wanted);
    const el = holders.at(-1);
    return el ? `${el.tagName.toLowerCase()} ${getComputedStyle(el).unicodeBidi}` : 'missing';
  }, text);
}

async function expectIsolated(page: Page, text: string, label: string) {
  expect(await isolation(page, text), `${label}: ${JSON.stringify(text.slice(0, 20))} isolated`).toMatch(/ isolate$/);
}

test.use({ viewport: { width: 320, height: 700 } });

test('long unbroken titles and a name with a direction override stay inside a 320 px page, in order', async ({
  page,
  consoleErrors,
}) => {
  const token = assignmentToken();

  await page.goto(`/assignment#${token}`);
  await expect(page.getByText(CLASS_NAME)).toBeVisible();
  await expectNoHorizontalScroll(page, 'the assignment page with a 100-letter title');
  await expectIsolated(page, TITLE, 'the assignment title');
  await expectIsolated(page, CLASS_NAME, 'the class');

  await page.getByRole('textbox', { name: 'Your name' }).fill(NAME);
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  await answer(page, question, { right: true });
  await page.getByRole('button', { name: 'See my results' }).click();
  const receipt = await page.getByRole('textbox', { name: 'Your result link' }).inputValue();
  await expectNoHorizontalScroll(page, 'the receipt');
  await expectIsolated(page, NAME, 'the name the student is taking it as');
  // Unisolated, the override would carry the sentence's closing full stop to the left of the name.
  const order = await page.evaluate((name) => {
    const holder = [...document.querySelectorAll('main *')].filter((el) => el.textContent === name).at(-1)!;
    const after = document.createRange();
    after.setStart(holder.closest('p')!.querySelector('strong')!.nextSibling!, 0);
    after.setEnd(after.startContainer, 1);
    return { name: holder.getBoundingClientRect().right, stop: after.getBoundingClientRect().left };
  }, NAME);
  expect(order.stop, `the full stop after the name stays after it (${JSON.stringify(order)})`).toBeGreaterThanOrEqual(
    order.name - 1,
  );
  await expectNoAxeViolations(page, 'the receipt with a long title');

  await page.goto('about:blank');
  await page.goto(`/teach/print#${token}`);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoHorizontalScroll(page, 'the print view');
  await expectIsolated(page, TITLE, 'the print view title');

  await page.goto('about:blank');
  await page.goto(receipt);
  await expect(page.getByRole('table', { name: `Results for ${TITLE}` })).toBeVisible();
  await expectNoHorizontalScroll(page, 'the gradebook');
  await expectIsolated(page, TITLE, 'the gradebook heading');
  await expectIsolated(page, CLASS_NAME, 'the gradebook class');
  await expectIsolated(page, NAME, 'the name in the results table');
  await page.getByRole('button', { name: `More for ${NAME}` }).click();
  await page.getByRole('button', { name: `Delete ${NAME}` }).click();
  await expectNoHorizontalScroll(page, 'the gradebook asking before it deletes');
  await expect(page.getByRole('group', { name: `Delete ${NAME}’s result?` })).toBeVisible();
  await expectNoAxeViolations(page, 'the gradebook with a long title');

  expect(consoleErrors).toEqual([]);
});
