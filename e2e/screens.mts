// The app's main screens, each reached the way a student or a teacher gets there. One list, read by
// `npm run screenshots` (the pictures in the README) and by e2e/screenshots.spec.mts (which fails when a screen no
// longer renders): both run the same steps, so the pictures and the test cannot drift apart.
import type { BrowserContextOptions, Locator, Page } from '@playwright/test';
import { answer, present, readQuiz, resultLinksFor, type Quiz } from './support.mts';

export type Screen = {
  /** The start of its file names: docs/screenshots/<name>-<phone|laptop>-<light|dark>.png. */
  name: string;
  /** What the README calls it. */
  title: string;
  /**
   * Brings a fresh page (a context of its own) to the screen, scrolled to what the picture shows, and returns the
   * element that shows the screen rendered.
   */
  show: (page: Page) => Promise<Locator>;
};

/** The screens are pictured on a phone and on a laptop, in light and dark mode. */
export const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  laptop: { viewport: { width: 1280, height: 800 } },
} satisfies Record<string, BrowserContextOptions>;
export type Device = keyof typeof DEVICES;
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** A picture's path in the checkout. */
export function screenshotFile(screen: Screen, device: Device, scheme: Scheme): string {
  return `docs/screenshots/${screen.name}-${device}-${scheme}.png`;
}

/**
 * One moment for every run: the dates on screen (a streak, the next review, when a result was handed in) are the
 * same from one run to the next, and so are the pictures. The clock stands still; timers still run.
 */
const NOW = new Date('2026-03-16T15:00:00Z');

const speaking = readQuiz('who-is-speaking');
const vote = readQuiz('the-vote-itself');
/** The first question of "Who is speaking?": the app's idea in one question. */
const speakerQuestion = present(speaking.questions[0], `first question of ${speaking.id}`);

async function open(page: Page, path: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
}

/** Scrolls `element` to the top of the window, where a picture starts. */
async function scrollToTop(element: Locator) {
  await element.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Starts the practice quiz on its first question. */
async function startQuiz(page: Page, quiz: Quiz) {
  await open(page, `/quiz/${quiz.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
}

/** Takes a whole practice quiz in order (practice does not shuffle), missing the questions at `missed`. */
async function takeQuiz(page: Page, quiz: Quiz, missed: number[]) {
  await startQuiz(page, quiz);
  for (const [index, question] of quiz.questions.entries()) {
    await answer(page, question, { right: !missed.includes(index) });
    const last = index === quiz.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
  }
  await page.getByTestId('score').waitFor();
}

const ASSIGNMENT = 'Period 3 warm-up';

/** The teacher's builder, filled in for a practice assignment of the whole quiz, before the link is made. */
async function fillBuilder(page: Page) {
  await open(page, '/teach');
  await page
    .getByRole('group', { name: vote.title })
    .getByRole('checkbox', { name: /^All \d+ questions/ })
    .check();
  await page.getByRole('radio', { name: /Practice/ }).check();
  await page.getByRole('textbox', { name: 'Title' }).fill(ASSIGNMENT);
  await page.getByRole('textbox', { name: 'Class' }).fill('Civics 3');
}

export const SCREENS: Screen[] = [
  {
    name: 'catalogue',
    title: 'The quizzes',
    show: async (page) => {
      await open(page, '/');
      return page.getByRole('list', { name: 'Quizzes' });
    },
  },
  {
    name: 'question',
    title: 'A question',
    show: async (page) => {
      await startQuiz(page, speaking);
      return page.getByRole('heading', { level: 2, name: speakerQuestion.prompt });
    },
  },
  {
    name: 'answered',
    title: 'The same question answered wrong: the explanation and the quote',
    show: async (page) => {
      await startQuiz(page, speaking);
      return answer(page, speakerQuestion, { right: false });
    },
  },
  {
    name: 'results',
    title: 'Results',
    show: async (page) => {
      await takeQuiz(page, vote, [1, 4]);
      await scrollToTop(page.locator('body'));
      return page.getByTestId('score');
    },
  },
  {
    name: 'source',
    title: 'The source, at the quoted paragraph',
    show: async (page) => {
      const { quote } = speakerQuestion;
      // The quote's link as the question's feedback makes it (lib/links.ts sourceLink), from the quiz it is in.
      const query = new URLSearchParams({ quote: quote.text, back: `/quiz/${speaking.id}` });
      await open(page, `/sources/${quote.sourceId}?${query}#p-${quote.paragraph}`);
      await page.getByRole('button', { name: 'Show who is speaking' }).click();
      const mark = page.getByTestId('quote-highlight').first();
      await mark.scrollIntoViewIfNeeded();
      return mark;
    },
  },
  {
    name: 'review',
    title: 'Review of missed questions',
    show: async (page) => {
      await takeQuiz(page, vote, [1, 4]);
      await open(page, '/review');
      await page.getByRole('button', { name: 'Start the review' }).click();
      return page.getByRole('button', { name: 'Check' });
    },
  },
  {
    name: 'progress',
    title: 'Progress',
    show: async (page) => {
      await takeQuiz(page, vote, [1, 4]);
      await open(page, '/progress');
      return page.getByRole('img', { name: /^Mastery by topic/ });
    },
  },
  {
    name: 'builder',
    title: 'The teacher’s assignment builder',
    show: async (page) => {
      await fillBuilder(page);
      await scrollToTop(page.locator('body'));
      return page.getByRole('button', { name: 'Create the assignment link' });
    },
  },
  {
    name: 'gradebook',
    title: 'The teacher’s gradebook',
    show: async (page) => {
      await fillBuilder(page);
      await page.getByRole('button', { name: 'Create the assignment link' }).click();
      const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
      // One question more missed than the next, so that "Question by question" lists its first ones in one order
      // whatever the shuffle.
      const results = resultLinksFor(link, NOW, [
        { name: 'Ana Lopez', wrong: [0] },
        { name: 'Sam Okafor', wrong: [0, 5] },
        { name: 'Lee Chen', wrong: [0, 5, 2] },
      ]);
      await open(page, '/teach/results');
      await page.getByRole('textbox', { name: 'Paste result links' }).fill(results.join('\n'));
      await page.getByRole('button', { name: 'Import results' }).click();
      await scrollToTop(page.getByRole('heading', { name: new RegExp(`^${ASSIGNMENT}`) }));
      return page.getByRole('table', { name: `Results for ${ASSIGNMENT}` });
    },
  },
];
