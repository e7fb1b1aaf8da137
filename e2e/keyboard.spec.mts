// A student with no mouse and no touch: Tab, Shift+Tab, Space, Enter and the arrow keys only, on a phone-sized
// screen (a phone with a keyboard, or a switch device, reaches the page the same way).
import type { Page } from '@playwright/test';
import { expect, present, readQuiz, shownChoiceText, test } from './support.mts';

type Role = 'link' | 'button' | 'radio' | 'checkbox';

/** True when the control named `name` has the keyboard focus. */
async function isFocused(page: Page, role: Role, name: string) {
  const control = page.getByRole(role, { name, exact: true });
  return (await control.count()) === 1 && control.evaluate((el) => el === document.activeElement);
}

/** Presses Tab until the control has focus, as a student would, and checks the focus can be seen there. */
async function tabTo(page: Page, role: Role, name: string, { max = 40 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(page, role, name)) {
      await expectVisibleFocus(page, `${role} “${name}”`);
      return;
    }
  }
  throw new Error(`${max} presses of Tab never reached the ${role} “${name}”`);
}

/**
 * The focused control looks different from when it is not focused (an outline, a ring, a border: on itself or
 * on the card or label around it), and nothing covers it.
 */
async function expectVisibleFocus(page: Page, label: string) {
  // The page scrolls smoothly (unless the student asks for reduced motion): wait for the focus to come into view.
  await page
    .waitForFunction(
      () => {
        const box = document.activeElement!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      },
      null,
      { timeout: 3000 },
    )
    .catch(() => {});
  const problem = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const chain = [el, el.parentElement, el.parentElement?.parentElement, el.closest('article, label')];
    const look = () =>
      chain
        .filter((node): node is Element => Boolean(node))
        .map((node) => {
          const s = getComputedStyle(node);
          return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor];
        })
        .join('|');
    const focused = look();
    el.blur();
    const unfocused = look();
    el.focus();
    if (document.activeElement !== el) return 'focus could not be put back';
    if (focused === unfocused) return 'focus does not change how it looks';
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    if (box.bottom <= 0 || box.top >= window.innerHeight) return 'it is scrolled out of view';
    const hit = document.elementFromPoint(x, y);
    const covered = hit && !el.contains(hit) && !hit.contains(el) && hit.closest('label') !== el.closest('label');
    return covered ? `it is covered by ${hit.outerHTML.slice(0, 80)}` : null;
  });
  expect(problem, `the focus on ${label} can be seen`).toBeNull();
}

test('a student completes “The vote itself” with the keyboard alone, on a phone-sized screen', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  const quiz = readQuiz('the-vote-itself');
  const total = quiz.questions.length;

  await page.goto('/');
  await page.keyboard.press('Tab');
  expect(await isFocused(page, 'link', 'Skip to content'), 'the first Tab reaches the skip link').toBe(true);
  await expectVisibleFocus(page, 'the skip link');
  await tabTo(page, 'link', quiz.title);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/quiz/${quiz.id}`);

  await tabTo(page, 'button', 'Start the quiz');
  await page.keyboard.press('Space');

  for (const [index, question] of quiz.questions.entries()) {
    const heading = page.getByRole('heading', { level: 2, name: question.prompt, exact: true });
    await expect(heading, `question ${index + 1}: focus moves to the prompt`).toBeFocused();

    // Choices in the order the page shows them, and which of them are right.
    const role = question.type === 'multi' ? 'checkbox' : 'radio';
    const shown = await page
      .getByRole(role)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect([...shown].sort()).toEqual(question.choices.map((c) => c.id).sort());
    const textOf = (id: string) => shownChoiceText(question, id);

    if (role === 'checkbox') {
      // Each box is its own Tab stop; Space ticks it.
      for (const id of shown) {
        await tabTo(page, 'checkbox', textOf(id));
        if (question.answer.includes(id)) await page.keyboard.press('Space');
      }
    } else {
      // A radio group is one Tab stop; the arrow keys move through it and choose as they go.
      const right = present(question.answer[0], `the answer to ${question.id}`);
      await tabTo(page, 'radio', textOf(present(shown[0], 'a first choice')));
      const steps = shown.indexOf(right);
      if (steps === 0) await page.keyboard.press('Space');
      for (let step = 0; step < steps; step += 1) await page.keyboard.press(index % 2 ? 'ArrowRight' : 'ArrowDown');
      expect(await isFocused(page, 'radio', textOf(right)), `question ${index + 1}: the arrows reach the answer`).toBe(
        true,
      );
    }
    const checked = await page
      .getByRole(role)
      .evaluateAll((inputs) => (inputs as HTMLInputElement[]).filter((i) => i.checked).map((i) => i.value));
    expect(checked.sort(), `question ${index + 1}: the right choices`).toEqual([...question.answer].sort());

    // Half the answers are sent with Enter on the Check button, half with Space.
    await tabTo(page, 'button', 'Check');
    await page.keyboard.press(index % 2 ? 'Space' : 'Enter');
    const feedback = page.getByRole('region', { name: 'Correct' });
    await expect(feedback).toBeVisible();
    // Focus follows just after the frame that shows the feedback (hooks/useFocusWhen.ts).
    await expect
      .poll(() => feedback.evaluate((el) => el.contains(document.activeElement)), {
        message: 'focus moves to the feedback',
      })
      .toBe(true);

    const last = index === total - 1;
    await tabTo(page, 'button', last ? 'See my results' : 'Next question');
    await page.keyboard.press('Enter');
  }

  await page.waitForURL(`**/quiz/${quiz.id}/results`);
  await expect(page.getByTestId('score')).toHaveText(`${total} of ${total} right (100%)`);

  // Back to the catalogue from the results, still by keyboard; Shift+Tab walks back.
  await tabTo(page, 'link', 'All quizzes');
  await page.keyboard.press('Shift+Tab');
  expect(await isFocused(page, 'button', 'Try again'), 'Shift+Tab goes back to the previous control').toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByTestId(`status-${quiz.id}`).getByText('Best score')).toBeVisible();

  expect(consoleErrors, 'no console errors or warnings').toEqual([]);
  expect(foreignRequests).toEqual([]);
});
