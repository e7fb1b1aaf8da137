// The gradebook under load, as a teacher meets it: 10,000 result links pasted into the box at once and imported,
// on a laptop-sized page. Inside the page, a long-task observer records every main-thread task over 50 ms from the
// paste on (those before it, the page's load and the bench handing the page its text, are kept apart), and a
// click on the page's heading (which does nothing) is sent every `probeEveryMs` throughout, through the DevTools
// protocol as real input, each timed from the moment it was sent to the frame after the page handled it: what a
// teacher who clicks while the import runs waits. (Not from the event's timeStamp: Chromium stamps input sent this
// way when the page's main thread takes it, after any task that held it up.) If a task runs over 100 ms, a second
// import is traced to say what runs in it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { repo } from './servers.mjs';
import { percentile } from './stats.mjs';
import { TARGETS } from './targets.mjs';
import { largestTasks, recordTrace } from './trace.mjs';

/** Result links from `count` students, one email's worth, as the browser tests make them. */
function resultEmail(count) {
  return execFileSync(
    process.execPath,
    [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/resultEmail.ts', String(count), 'bench001'],
    { cwd: repo, encoding: 'utf8', maxBuffer: 128 << 20 },
  );
}

/**
 * In the page: the long tasks, and for each click on the heading the wall-clock time of the frame after it, to set
 * beside the time the click was sent (the same machine's clock, as Date.now() reads it).
 */
function observe() {
  /** @type {{ longTasks: { startMs: number, ms: number }[], clicks: { paintedAt: number }[], pastedAt?: number }} */
  const record = { longTasks: [], clicks: [] };
  /** @type {Window & { benchGradebook?: typeof record }} */ (window).benchGradebook = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ startMs: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('h1')) return;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => record.clicks.push({ paintedAt: performance.timeOrigin + performance.now() });
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

/**
 * Pastes into the box, from the text handed to the page beforehand (so that sending it over the protocol is not
 * timed as the page's work): a paste event carrying the text, which the page may handle itself, and where it does
 * not, the text set in the box in one input event, as the browser's own paste would (typing megabytes key by key
 * would take hours).
 */
function paste() {
  /** @type {any} */ (window).benchGradebook.pastedAt = performance.now();
  const box = /** @type {HTMLTextAreaElement} */ (document.querySelector('textarea#receipts'));
  const text = /** @type {any} */ (window).benchEmail;
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  box.focus();
  const handled = !box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  if (handled) return;
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(box, text);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * One import of `email` in a fresh context: returns the long tasks, the probe clicks' times, and how long the
 * import took; `traced` records a performance trace around it and returns its largest tasks instead of timings
 * worth keeping (tracing slows the page).
 */
async function importOnce(browser, baseUrl, email, count, { cpuSlowdown, probeEveryMs, traced }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(new URL('/teach/results', baseUrl).href);
    const heading = page.getByRole('heading', { level: 1, name: 'Gradebook' });
    const importButton = page.getByRole('button', { name: 'Import results' });
    await importButton.waitFor();
    await page.evaluate((text) => {
      /** @type {any} */ const win = window;
      win.benchEmail = text;
    }, email);
    await page.evaluate(observe);
    const centre = async (locator) => {
      const box = await locator.boundingBox();
      if (!box) throw new Error('the gradebook’s heading or import button is not on screen');
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const headingAt = await centre(heading);
    const click = async ({ x, y }) => {
      for (const type of ['mousePressed', 'mouseReleased'])
        await cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    };
    /** When each click on the heading was sent. */
    const sentAt = [];
    // Every input goes through one queue, so a probe's press and release never straddle another click.
    let queue = Promise.resolve();
    const serial = (work) => (queue = queue.then(work));
    let probing = true;
    const probes = (async () => {
      while (probing) {
        await serial(() => {
          sentAt.push(Date.now());
          return click(headingAt);
        });
        await new Promise((resolve) => setTimeout(resolve, probeEveryMs));
      }
    })();
    const work = async () => {
      await page.evaluate(paste);
      const importAt = await centre(importButton);
      const started = Date.now();
      await serial(() => click(importAt));
      await page
        .getByText(`${count} imported, 0 already here, 0 not imported.`)
        .waitFor({ timeout: 600_000 * cpuSlowdown });
      const importMs = Date.now() - started;
      // The rows drawn after the message, and anything the import left to run later.
      await page.waitForTimeout(3000);
      return importMs;
    };
    let importMs;
    let trace;
    try {
      if (traced) trace = largestTasks(await recordTrace(browser, page, async () => void (importMs = await work())));
      else importMs = await work();
    } finally {
      probing = false;
      await probes;
    }
    // Let the last click paint, then pair each click sent with the frame after it, in order.
    await page.waitForFunction(
      (sent) => /** @type {any} */ (window).benchGradebook.clicks.length >= sent,
      sentAt.length,
    );
    const { longTasks, clicks, pastedAt } = await page.evaluate(() => /** @type {any} */ (window).benchGradebook);
    if (clicks.length !== sentAt.length)
      throw new Error(`${sentAt.length} clicks sent on the gradebook's heading, ${clicks.length} answered`);
    const clickMs = clicks.map((/** @type {{ paintedAt: number }} */ c, i) => c.paintedAt - (sentAt[i] ?? 0));
    // The observer also reports, buffered, the tasks before the paste: the page's load, and the bench handing the
    // page its 12 MB of text over the DevTools protocol (a task of its own, which no teacher's paste has). They are
    // kept apart from the import's.
    const during = (/** @type {{ startMs: number }} */ t) => t.startMs >= pastedAt;
    return {
      importMs,
      longTasks: longTasks.filter(during),
      beforePaste: longTasks.filter((/** @type {{ startMs: number }} */ t) => !during(t)),
      clickMs,
      trace,
    };
  } finally {
    await context.close();
  }
}

export async function measureGradebookLoad(
  baseUrl,
  {
    count = 10_000,
    cpuSlowdown = 1,
    probeEveryMs = 100,
    log = /** @type {(message: string) => void} */ (() => {}),
  } = {},
) {
  log(`gradebook: making ${count} result links`);
  const email = resultEmail(count);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    log(`gradebook: importing ${count} pasted result links`);
    const options = { cpuSlowdown, probeEveryMs, traced: false };
    const run = await importOnce(browser, baseUrl, email, count, options);
    const taskMs = run.longTasks.map((t) => t.ms);
    const { clickMs } = run;
    const result = {
      count,
      pasteBytes: Buffer.byteLength(email),
      cpuSlowdown,
      importMs: run.importMs,
      longestTaskMs: Math.max(0, ...taskMs),
      tasksOver100Ms: taskMs.filter((ms) => ms > TARGETS.longTaskMs).length,
      longTasks: run.longTasks,
      /** Tasks over 50 ms before the paste: the page's load, and the bench handing the page the text. */
      longTasksBeforePaste: run.beforePaste,
      clicks: clickMs.length,
      slowestClickMs: Math.max(0, ...clickMs),
      clickP95Ms: clickMs.length ? percentile(clickMs, 0.95) : null,
      clicksOver200Ms: clickMs.filter((ms) => ms > TARGETS.clickMs).length,
    };
    if (result.tasksOver100Ms > 0) {
      log('gradebook: tracing a second import to find what runs in its long tasks');
      result.trace = (await importOnce(browser, baseUrl, email, count, { ...options, traced: true })).trace;
    }
    return result;
  } finally {
    await browser.close();
  }
}
