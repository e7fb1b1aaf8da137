// Answer latency as a student on a slow phone feels it: from the click on Check to the frame that shows the
// feedback, with the CPU slowed 4x, measured inside the page with performance.now().
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { median, percentile } from './stats.mjs';

const quizPath = new URL('../../quizzes/the-vote-itself.json', import.meta.url);

/**
 * Arms a timer on the Check button: it starts at the click event's timestamp and stops after the next paint once
 * the feedback region is in the DOM (the requestAnimationFrame callback runs just before that frame is painted;
 * the message posted from it arrives just after).
 */
function armTimer() {
  window.answerLatency = new Promise((resolve) => {
    const check = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Check');
    let clickedAt = null;
    check.addEventListener(
      'click',
      (event) => {
        clickedAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (clickedAt === null || !document.querySelector('section[aria-labelledby^="feedback-"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - clickedAt);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

export async function measureAnswerLatency(baseUrl, { answers = 20, cpuSlowdown = 4 } = {}) {
  const quiz = JSON.parse(readFileSync(quizPath, 'utf8'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const samples = [];
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(new URL(`/quiz/${quiz.id}`, baseUrl).href);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    while (samples.length < answers) {
      for (const [index, question] of quiz.questions.entries()) {
        if (samples.length === answers) break;
        const role = question.type === 'multi' ? 'checkbox' : 'radio';
        for (const id of question.answer) {
          const text = question.choices.find((c) => c.id === id).text;
          await page.getByRole(role, { name: text, exact: true }).check();
        }
        await page.evaluate(armTimer);
        await page.getByRole('button', { name: 'Check' }).click();
        samples.push(await page.evaluate(() => window.answerLatency));
        const last = index === quiz.questions.length - 1;
        await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
        if (last) {
          await page.getByRole('button', { name: 'Try again' }).click();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return {
    cpuSlowdown,
    answers: samples.length,
    medianMs: median(samples),
    p95Ms: percentile(samples, 0.95),
    samplesMs: samples,
  };
}
