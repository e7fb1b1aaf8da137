// Read aloud with a stubbed speechSynthesis that records what it is asked to say: the browser tests have no
// voices of their own, and a test must hear exactly what a student would.
import type { Page } from '@playwright/test';
import { expect, fold, present, readQuiz, shownChoiceText, test } from './support.mts';

type Spoken = { text: string; lang: string; voice: string | null; rate: number };

/**
 * A speechSynthesis whose voices arrive late (after voiceschanged, as in Chrome), one French and one American;
 * each utterance "lasts" `millis`. `voices: false` gives a device with no English voice.
 */
async function stubSpeech(page: Page, { voices = true, millis = 30 } = {}) {
  await page.addInitScript(
    ({ voices, millis }) => {
      const w = window as unknown as { spoken: Spoken[]; cancels: number };
      w.spoken = [];
      w.cancels = 0;
      const list = [{ name: 'Fake French', lang: 'fr-FR', localService: true, default: true }];
      if (voices) list.push({ name: 'Fake US', lang: 'en-US', localService: true, default: false });
      let ready = false;
      const listeners = new Set<() => void>();
      type Utterance = { text: string; lang: string; voice: { name: string } | null; rate: number } & {
        onend: (() => void) | null;
        onerror: ((e: { error: string }) => void) | null;
      };
      let speaking: Utterance | null = null;
      const synth = {
        getVoices: () => (ready ? list : []),
        speak(u: Utterance) {
          w.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
          speaking = u;
          setTimeout(() => {
            if (speaking !== u) return;
            speaking = null;
            u.onend?.();
          }, millis);
        },
        cancel() {
          w.cancels += 1;
          const u = speaking;
          speaking = null;
          u?.onerror?.({ error: 'interrupted' });
        },
        addEventListener: (_: string, f: () => void) => listeners.add(f),
        removeEventListener: (_: string, f: () => void) => listeners.delete(f),
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        configurable: true,
        value: class {
          text: string;
          lang = '';
          voice = null;
          rate = 1;
          onend = null;
          onerror = null;
          constructor(text: string) {
            this.text = text;
          }
        },
      });
      setTimeout(() => {
        ready = true;
        listeners.forEach((f) => f());
      }, 300);
    },
    { voices, millis },
  );
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
const clearSpoken = (page: Page) => page.evaluate(() => ((window as unknown as { spoken: Spoken[] }).spoken = []));

const LARGEST = { size: '200', lineHeight: '2', letterSpacing: '0.16', wordSpacing: '0.32', typeface: 'atkinson' };

test('with every text setting at its largest, a student takes a whole quiz by keyboard, hearing every question and quote and opening three hard words', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await stubSpeech(page);
  await page.addInitScript(
    (value) => localStorage.setItem('sourcecheck:text-settings', value),
    JSON.stringify(LARGEST),
  );
  const quiz = readQuiz('china-and-iran');
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).press('Enter');
  let opened = 0;
  for (const [index] of quiz.questions.entries()) {
    // The page moves focus to each new question's prompt just after the frame that shows it: a key pressed
    // before then would be taken from the button it was pressed on.
    const heading = page.getByRole('heading', { level: 2 }).first();
    await expect(heading).toBeFocused();
    const prompt = await heading.textContent();
    const question = present(
      quiz.questions.find((q) => q.prompt === prompt),
      `question ${prompt}`,
    );
    const readQuestion = page.getByRole('button', { name: 'Read aloud: the question and its choices' });
    await clearSpoken(page);
    // Not a look for its Stop button: the stub's sentences can all be said before the page is looked at again.
    await readQuestion.press('Enter');
    const choices = await page.locator('main label').allTextContents();
    const expected = fold([question.prompt, ...choices].join(' '));
    await expect.poll(async () => fold((await spoken(page)).map((s) => s.text).join(' '))).toBe(expected);
    await expect(readQuestion).toBeVisible();
    const heard = await spoken(page);
    expect(heard.every((s) => s.lang === 'en-US' && s.voice === 'Fake US')).toBe(true);
    expect(heard.length, 'the prompt and each choice, a sentence at a time').toBeGreaterThan(choices.length);

    const role = question.type === 'multi' ? 'checkbox' : 'radio';
    for (const id of question.answer) {
      await page.getByRole(role, { name: shownChoiceText(question, id), exact: true }).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Check', exact: true }).press('Enter');
    const feedback = page.getByRole('region', { name: 'Correct' });
    await expect.poll(() => feedback.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    await clearSpoken(page);
    await feedback.getByRole('button', { name: 'Read aloud: the quote' }).press('Enter');
    await expect
      .poll(async () => fold((await spoken(page)).map((s) => s.text).join(' ')))
      .toBe(fold(question.quote.text));

    const word = feedback.locator('button[aria-expanded]').first();
    if (opened < 3 && (await word.count()) > 0) {
      await word.press('Enter');
      await expect(word).toHaveAttribute('aria-expanded', 'true');
      opened += 1;
    }
    const last = index === quiz.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).press('Enter');
  }
  await expect(page.getByTestId('score')).toBeVisible();
  expect(opened, 'three glossary words opened along the way').toBe(3);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a new reading cancels the one before, and Stop stops at once', async ({ page }) => {
  // Sentences long enough that Stop always comes while the first is still being said, however busy the machine.
  await stubSpeech(page, { millis: 10_000 });
  const quiz = readQuiz('china-and-iran');
  await page.goto(`/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('button', { name: 'Read aloud: the question and its choices' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.getByRole('button', { name: 'Stop reading: the question and its choices' }).click();
  await expect(page.getByRole('button', { name: 'Read aloud: the question and its choices' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect((await spoken(page)).length, 'nothing more is said after Stop').toBe(1);

  const choice = await page.locator('main label').first().textContent();
  await page.getByRole('button', { name: 'Read aloud: the question and its choices' }).click();
  await page.getByRole('button', { name: `Read aloud: ${choice}` }).click();
  await expect(page.getByRole('button', { name: 'Read aloud: the question and its choices' })).toBeVisible();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(choice?.trim());
});

for (const device of ['no English voice', 'no speech at all'] as const) {
  test(`on a device with ${device}, there is no read-aloud control and nothing breaks`, async ({
    page,
    consoleErrors,
  }) => {
    if (device === 'no English voice') await stubSpeech(page, { voices: false });
    else await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
    await page.goto('/quiz/china-and-iran');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.waitForTimeout(600);
    await expect(page.getByRole('button', { name: /^Read aloud/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Text settings' }).click();
    await expect(page.getByRole('region', { name: 'Text settings' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}
