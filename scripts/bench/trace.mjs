// Where a page's main-thread time goes: a performance trace of its load, recorded through Chromium's DevTools
// protocol (the one Lighthouse drives) with the CPU slowed, and its largest tasks, each with what ran in it: the
// kinds of work (script evaluation, style, layout, parsing, garbage collection) and the functions the sampling
// profiler caught most often, with the script and position they come from and the code found there.
//   node scripts/bench/trace.mjs PAGE... [--cpu 4] [--top 8] [--url http://127.0.0.1:3000] [--save DIR]
// PAGE is a kind of page the bench knows (home, quiz, results, source, teach, gradebook, review, progress, …), a
// path, or `floor`: the bare Next.js page the bench compares with, built for the purpose, to tell the framework's
// tasks from ours. Without --url it serves the build in .next/ with next start (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { buildFloor } from './floor.mjs';
import { SAMPLE_ROUTES } from './pages.mjs';
import { startNext } from './servers.mjs';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/** A long task as the browser's long-task observer and Lighthouse's TBT count it. */
export const LONG_TASK_MS = 50;

/** Records a trace around `action` (which loads or drives `page`), and returns its events. */
export async function recordTrace(browser, page, action) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let buffer;
  try {
    await action();
  } finally {
    buffer = await browser.stopTracing();
  }
  const parsed = JSON.parse(buffer.toString('utf8'));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** A trace of `url` loading in a fresh phone-sized context with the CPU slowed, until `settleMs` after load. */
export async function traceLoad(browser, url, { cpuSlowdown = 4, settleMs = 3000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    return await recordTrace(browser, page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(settleMs);
    });
  } finally {
    await context.close();
  }
}

const shortUrl = (url = '') => url.replace(/^https?:\/\/[^/]+/, '') || '(inline or native)';

/** What a timeline event is, in a few words, or null for one whose time belongs to whatever encloses it. */
function kindOf(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return `evaluate ${shortUrl(data.url ?? event.args?.fileName)}`;
    case 'v8.compile':
    case 'v8.compileModule':
    case 'V8.CompileCode':
    case 'v8.produceCache':
    case 'v8.produceModuleCache':
      return `compile ${shortUrl(data.url ?? event.args?.fileName)}`;
    case 'FunctionCall':
      return `call ${shortUrl(data.url)}`;
    case 'TimerFire':
      return 'timer';
    case 'EventDispatch':
      return `event ${data.type}`;
    case 'FireAnimationFrame':
      return 'animation frame';
    case 'RunMicrotasks':
    case 'v8.runMicrotasks':
      return 'microtasks (promises)';
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'UpdateLayer':
    case 'CompositeLayers':
      return 'paint';
    case 'ParseHTML':
      return 'parse HTML';
    case 'ParseAuthorStyleSheet':
      return 'parse CSS';
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GCFinalizeMC':
    case 'V8.GCScavenger':
    case 'BlinkGC.AtomicPhase':
      return 'garbage collection';
    case 'ResourceReceivedData':
    case 'ResourceFinish':
    case 'ResourceReceiveResponse':
      return 'network callbacks';
    case 'HandlePostMessage':
      return 'message';
    default:
      return null;
  }
}

/** The processes that rendered a page served over HTTP, as the browser names them when it commits a frame. */
function pageProcesses(events) {
  const pids = new Set();
  for (const e of events) {
    const data = e.args?.data;
    for (const frame of [data, ...(data?.frames ?? [])])
      if (typeof frame?.url === 'string' && frame.url.startsWith('http') && frame.processId) pids.add(frame.processId);
  }
  return pids;
}

/**
 * The page's renderer main thread: of the main threads of the renderers that drew the page, the one that ran
 * longest. Chromium's own pages (its toolbar's, chrome://) have renderers too, and on a page as small as the
 * floor, one of them may run longer than the page's.
 */
function mainThread(events) {
  const pids = pageProcesses(events);
  const mains = events.filter(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      (pids.size === 0 || pids.has(e.pid)),
  );
  let best = null;
  let bestBusy = -1;
  for (const { pid, tid } of mains) {
    const busy = events
      .filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.ph === 'X')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (busy > bestBusy) [best, bestBusy] = [{ pid, tid }, busy];
  }
  if (!best) throw new Error('the trace has no renderer main thread');
  return best;
}

/** The sampling profiler's samples on the thread: each with its time (µs, the trace's clock) and its frame. */
function profileSamples(events, { pid, tid }) {
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') {
      profiles.set(e.id, { tid: e.tid, time: e.args.data.startTime, nodes: new Map(), samples: [] });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(e.id);
      if (!profile) continue;
      const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
      for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
      (cpuProfile.samples ?? []).forEach((id, i) => {
        profile.time += timeDeltas[i] ?? 0;
        profile.samples.push({ time: profile.time, id });
      });
    }
  }
  const own = [...profiles.values()].filter((p) => p.tid === tid);
  const chosen = own.length ? own : [...profiles.values()];
  return chosen.flatMap((profile) =>
    profile.samples.map((sample, i) => ({
      time: sample.time,
      weightUs: (profile.samples[i + 1]?.time ?? sample.time) - sample.time,
      frame: profile.nodes.get(sample.id)?.callFrame,
    })),
  );
}

const IGNORED_FRAMES = new Set(['(idle)', '(root)']);

/**
 * The `top` largest tasks on the page's main thread, in order of length, each with its start (ms from the first
 * task), its length, the time in each kind of work (self time, innermost kind wins), and the functions the
 * profiler sampled most inside it (self time). Also every task's count, those over 50 ms, and their blocking time.
 */
export function largestTasks(events, { top = 8, functions = 5 } = {}) {
  const thread = mainThread(events);
  const onThread = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = onThread.filter((e) => e.name === 'RunTask');
  const origin = tasks[0]?.ts ?? 0;
  const samples = profileSamples(events, thread);
  const chosen = [...tasks].sort((a, b) => b.dur - a.dur).slice(0, top);
  const listed = chosen.map((task) => {
    const end = task.ts + task.dur;
    const inside = onThread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
    // Self time of each event, charged to the kind of the innermost event that has one.
    const kinds = new Map();
    const root = { event: task, kind: 'other work in the task', childUs: 0 };
    const stack = [root];
    const top = () => stack[stack.length - 1] ?? root;
    const close = (until) => {
      while (stack.length > 1 && top().event.ts + top().event.dur <= until) {
        const done = top();
        stack.pop();
        kinds.set(done.kind, (kinds.get(done.kind) ?? 0) + done.event.dur - done.childUs);
        top().childUs += done.event.dur;
      }
    };
    for (const event of inside) {
      close(event.ts);
      stack.push({ event, kind: kindOf(event) ?? top().kind, childUs: 0 });
    }
    close(Infinity);
    kinds.set(root.kind, (kinds.get(root.kind) ?? 0) + task.dur - root.childUs);
    const byFunction = new Map();
    const byScript = new Map();
    for (const sample of samples) {
      // The time from this sample to the next, as much of it as falls inside the task.
      const us = Math.min(sample.time + sample.weightUs, end) - Math.max(sample.time, task.ts);
      if (us <= 0 || !sample.frame) continue;
      const { functionName, url, lineNumber, columnNumber } = sample.frame;
      if (IGNORED_FRAMES.has(functionName)) continue;
      const key = `${functionName}\u0000${url}\u0000${lineNumber}\u0000${columnNumber}`;
      const entry = byFunction.get(key) ?? {
        name: functionName === '(program)' ? '(native: the browser’s own work)' : functionName || '(anonymous)',
        url: url ? shortUrl(url) : '',
        line: lineNumber + 1,
        column: columnNumber + 1,
        selfMs: 0,
      };
      entry.selfMs += us / 1000;
      byFunction.set(key, entry);
      const script = url ? shortUrl(url) : entry.name;
      byScript.set(script, (byScript.get(script) ?? 0) + us / 1000);
    }
    return {
      startMs: (task.ts - origin) / 1000,
      durationMs: task.dur / 1000,
      work: [...kinds.entries()]
        .map(([kind, us]) => ({ kind, ms: us / 1000 }))
        .filter((w) => w.ms >= 1)
        .sort((a, b) => b.ms - a.ms),
      functions: [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, functions),
      scripts: [...byScript.entries()]
        .map(([script, ms]) => ({ script, ms }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3),
    };
  });
  const long = tasks.filter((t) => t.dur / 1000 > LONG_TASK_MS);
  return {
    taskCount: tasks.length,
    longTaskCount: long.length,
    blockingMs: long.reduce((sum, t) => sum + t.dur / 1000 - LONG_TASK_MS, 0),
    tasks: listed,
  };
}

/** The code at a function's position in its script, fetched from the server, so that a minified name says something. */
export async function codeAt(baseUrl, { url, line, column }, cache = new Map()) {
  if (!url.startsWith('/')) return '';
  if (!cache.has(url))
    cache.set(
      url,
      fetch(new URL(url, baseUrl)).then((r) => (r.ok ? r.text() : '')),
    );
  const lines = (await cache.get(url)).split('\n');
  return (lines[line - 1] ?? '').slice(Math.max(0, column - 1), column + 69).replace(/\s+/g, ' ');
}

/** The largest tasks as text, one block per task. */
export async function formatTasks(summary, baseUrl) {
  const cache = new Map();
  const out = [
    `${summary.taskCount} tasks, ${summary.longTaskCount} over ${LONG_TASK_MS} ms, blocking ${summary.blockingMs.toFixed(0)} ms in all`,
  ];
  for (const task of summary.tasks) {
    out.push(
      `  ${task.durationMs.toFixed(0).padStart(5)} ms at ${task.startMs.toFixed(0)} ms: ` +
        task.work
          .slice(0, 5)
          .map((w) => `${w.kind} ${w.ms.toFixed(0)}`)
          .join(', '),
    );
    if (task.scripts.length)
      out.push(
        `        sampled, by script: ${task.scripts.map((s) => `${s.script} ${s.ms.toFixed(0)} ms`).join(', ')}`,
      );
    for (const fn of task.functions) {
      const code = baseUrl && fn.url ? await codeAt(baseUrl, fn, cache) : '';
      const where = fn.url ? ` ${fn.url}:${fn.line}:${fn.column}` : '';
      out.push(`        ${fn.selfMs.toFixed(1).padStart(6)} ms  ${fn.name}${where}${code ? `  \`${code}\`` : ''}`);
    }
  }
  return out.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const [value] = args.splice(index, 2).slice(1);
    return value;
  };
  const cpuSlowdown = Number(option('cpu', 4));
  const top = Number(option('top', 8));
  const save = option('save', null);
  let baseUrl = option('url', null);
  const pages = args.length ? args : ['home', 'quiz', 'results', 'teach'];
  let server = null;
  if (!baseUrl) {
    server = await startNext();
    baseUrl = server.url;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  /** @type {{ remove: () => void, server: { url: string, stop: () => Promise<void> } } | null} */
  let floor = null;
  try {
    for (const name of pages) {
      if (name === 'floor' && !floor) {
        const built = buildFloor();
        floor = { remove: built.remove, server: await startNext(built.dir) };
      }
      const route = name === 'floor' ? '/' : name.startsWith('/') ? name : SAMPLE_ROUTES[name];
      if (!route)
        throw new Error(`no page called ${name}: one of ${Object.keys(SAMPLE_ROUTES).join(', ')}, floor, or a path`);
      const url = new URL(route, name === 'floor' && floor ? floor.server.url : baseUrl).href;
      // A first load warms the server's caches, so the trace is the browser's time, not the server's.
      await fetch(url);
      const events = await traceLoad(browser, url, { cpuSlowdown });
      if (save) writeFileSync(path.join(save, `trace-${name.replace(/\W+/g, '_')}.json`), JSON.stringify(events));
      console.log(
        `\n${name} (${route}), load at ${cpuSlowdown}x CPU slowdown: ${await formatTasks(largestTasks(events, { top }), new URL(url).origin)}`,
      );
    }
  } finally {
    await browser.close();
    await server?.stop();
    await floor?.server.stop();
    floor?.remove();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) await main();
