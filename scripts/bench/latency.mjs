// Answer latency as a student on a slow phone feels it: from the click on Check to the frame that shows the
// feedback, with the CPU slowed 4x, measured inside the page with performance.now(), over several visits with each
// visit's first Check kept apart. Beside it, in the same browser and run, the click that picks a choice: the
// smallest update the page makes, so the machine's own floor (input handling, hover events, a frame) is on record
// next to the figure.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { median, percentile } from './stats.mjs';

const quizPath = new URL('../../quizzes/the-vote-itself.json', import.meta.url);

/**
 * Arms a timer on the next click: it starts at the click event's timestamp and stops after the next paint once
 * the page has reacted (the feedback region is shown, when `untilFeedback`). The requestAnimationFrame
 * callback runs just before that frame is painted; the message posted from it arrives just after.
 */
function armTimer(untilFeedback) {
  /** @type {Window & { clickLatency?: Promise<number> }} */ (window).clickLatency = new Promise((resolve) => {
    // Shown, not only in the DOM: the card draws its feedback unseen before Check, and Check reveals it.
    const feedbackShown = () =>
      document.querySelector('section[aria-labelledby^="feedback-"]')?.checkVisibility({ visibilityProperty: true });
    document.addEventListener(
      'click',
      (event) => {
        const afterPaint = () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - event.timeStamp);
            channel.port2.postMessage(null);
          });
        if (!untilFeedback) return afterPaint();
        const observer = new MutationObserver(() => {
          if (!feedbackShown()) return;
          observer.disconnect();
          afterPaint();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributeFilter: ['style'] });
      },
      { capture: true, once: true },
    );
  });
}

async function timedClick(page, action, untilFeedback) {
  await page.evaluate(armTimer, untilFeedback);
  await action();
  return page.evaluate(() => /** @type {Window & { clickLatency?: Promise<number> }} */ (window).clickLatency);
}

const summary = (samples) => ({ medianMs: median(samples), p95Ms: percentile(samples, 0.95), samplesMs: samples });

/**
 * `visits` visits to a quiz, each in a fresh browser context (nothing cached, nothing stored), answering
 * `answersPerVisit` questions, each after `readingMs` of reading: every Check and every first choice click timed,
 * and each visit's first Check kept apart, since it is the one that may wait for code loaded on first use.
 */
export async function measureAnswerLatency(
  baseUrl,
  { visits = 5, answersPerVisit = 6, cpuSlowdown = 4, readingMs = 1000 } = {},
) {
  const quiz = JSON.parse(readFileSync(quizPath, 'utf8'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const checks = [];
  const firstChecks = [];
  const choices = [];
  try {
    for (let visit = 0; visit < visits; visit += 1) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.goto(new URL(`/quiz/${quiz.id}`, baseUrl).href);
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      let answered = 0;
      while (answered < answersPerVisit) {
        for (const [index, question] of quiz.questions.entries()) {
          if (answered === answersPerVisit) break;
          const role = question.type === 'multi' ? 'checkbox' : 'radio';
          // A student reads the question before choosing. Without the pause the robot chose and checked within
          // about 300 ms of the question appearing, while the page was still drawing the feedback it has ready.
          await page.waitForTimeout(readingMs);
          for (const [n, id] of question.answer.entries()) {
            const text = question.choices.find((c) => c.id === id).text;
            const choose = () => page.getByRole(role, { name: text, exact: true }).check();
            if (n === 0) choices.push(await timedClick(page, choose, false));
            else await choose();
          }
          const check = await timedClick(page, () => page.getByRole('button', { name: 'Check' }).click(), true);
          checks.push(check);
          if (answered === 0) firstChecks.push(check);
          answered += 1;
          const last = index === quiz.questions.length - 1;
          await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
          if (last) await page.getByRole('button', { name: 'Try again' }).click();
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const check = summary(checks);
  const choice = summary(choices);
  return {
    cpuSlowdown,
    visits,
    readingMs,
    answers: checks.length,
    check,
    choice,
    firstCheck: summary(firstChecks),
    checkToChoiceP95: check.p95Ms / choice.p95Ms,
    /** Each visit's first Check as a multiple of the median of every Check. */
    firstCheckToMedian: firstChecks.map((ms) => ms / check.medianMs),
  };
}
