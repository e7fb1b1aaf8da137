// `npm run bench`: what SourceCheck costs a student's phone and a server, next to a bare Next.js page built by the
// same versions in the same run, with a verdict on each of issue 19's targets. Prints the figures as tables and
// writes bench/results.json.
//   node scripts/bench.mjs [--skip-build] [--pages-only] [--runs 5] [--pages home,quiz] [--skip part,part]
//                          [--seconds 10]
// --pages-only measures JS and bytes per page on the app alone, in seconds: no floor, Lighthouse, latency or load.
// --skip leaves out any of lighthouse, paint, latency, gradebook, load. --pages benches only those pages in Lighthouse.
// --report bench/results.json prints a saved run's tables and verdicts again, judged by the rules as they are now.
// Builds the static export (out/) and the app (.next/), and a bare App Router project in a temporary directory;
// serves them on 127.0.0.1 only; then measures:
//   JS        gzipped bytes of the script files each page loads (noModule polyfill excluded), and their ratio to
//             the floor's: at most 1.15x, the quiz page 1.08x
//   bytes     each page's HTML document as served, RSC payload inline, raw and gzipped, and its ratio to the
//             catalogue's: no page that does not list the bank should send more than 1.5x the catalogue
//   Lighthouse 12 (mobile, simulated throttling) on the benched pages, --runs rounds, interleaved with the floor
//             (floor, home, floor, quiz, floor, …): each page's LCP and TBT as multiples of the two floor runs
//             around it, and its performance points below them, with their spread; the machine's speed
//             (benchmarkIndex); and whether the run was steady enough to judge
//   paint     the same rounds with the throttling applied while each page loads (Lighthouse's devtools method):
//             LCP as a multiple of the floor's. Simulated throttling estimates a load from one taken at full speed
//             here, where the scripts have run before the stylesheet lets the page paint, so it counts them into
//             LCP; a load slowed as it happens paints when a phone would, and the paint target is judged on both
//   latency   click on Check to the feedback painted, 4x CPU slowdown, 5 visits, each question read for a second:
//             median and p95, each visit's first Check apart; beside it the click that picks a choice, the smallest
//             update the page makes
//   gradebook 10,000 result links pasted and imported: the longest main-thread task, and clicks answered in time
//   load      autocannon, --seconds seconds, 10 connections, on a quiz page: next start and the static export;
//             and next start serving a file from public/, its own fastest path, for scale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BANK_LISTING_PAGES,
  PAGE_BYTES_ROUTES,
  SAMPLE_ROUTES,
  measurePageBytes,
  measurePageScripts,
} from './bench/pages.mjs';
import { buildFloor } from './bench/floor.mjs';
import { measureGradebookLoad } from './bench/gradebook.mjs';
import { runLighthouseInterleaved } from './bench/lighthouse.mjs';
import { measureAnswerLatency } from './bench/latency.mjs';
import { loadTest } from './bench/load.mjs';
import { buildApp, chromiumVersion, repo, startNext, startStatic } from './bench/servers.mjs';
import { spread } from './bench/stats.mjs';
import { NOISE, TARGETS, compareLighthouse, exactVerdict, pct, verdict } from './bench/targets.mjs';
import { formatTasks } from './bench/trace.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const skipBuild = process.argv.includes('--skip-build');
const pagesOnly = process.argv.includes('--pages-only');
const runs = Number(option('runs', 5));
const seconds = Number(option('seconds', 10));
const skipped = new Set(option('skip', '').split(',').filter(Boolean));
const log = (message) => console.error(`· ${message}`);

/** The paint part judges LCP alone: the simulated part judges blocking time, score and categories. */
const PAINT_JUDGES = /** @type {const} */ (['lcp']);
const JS_PAGES = Object.keys(SAMPLE_ROUTES).filter((page) => page !== 'notFound');
const LIGHTHOUSE_PAGES = option('pages', 'home,quiz,results,source,teach,gradebook,review,progress').split(',');
for (const page of LIGHTHOUSE_PAGES) if (!SAMPLE_ROUTES[page]) throw new Error(`--pages: no page called ${page}`);
const cleanups = [];
const started = Date.now();

/**
 * The floor, Lighthouse, latency, the gradebook and load, beside the JS and bytes already measured. Writes
 * bench/results.json after each part, so that a part that fails (its error is kept) costs only its own figures.
 */
async function fullBench(app, js, bytes) {
  if (!skipped.has('load') && !existsSync(path.join(repo, 'out/index.html')))
    throw new Error('the load test serves the static export, and out/ has none: run npm run export, or --skip load');
  log('building the bare Next.js page (the framework floor)');
  const floor = buildFloor();
  cleanups.push(async () => floor.remove());
  const floorServer = await startNext(floor.dir);
  cleanups.push(floorServer.stop);

  const floorJs = await measurePageScripts(floorServer.url, '/');
  js.floor = { route: '/ (bare Next.js)', gzipBytes: floorJs.jsGzip, scripts: floorJs.files.length };
  for (const page of Object.keys(js)) js[page].ratioToFloor = js[page].gzipBytes / js.floor.gzipBytes;

  const results = {
    date: new Date().toISOString(),
    command: process.argv.slice(1).join(' '),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      loadAverage: os.loadavg(),
      node: process.version,
      chromium: chromiumVersion(),
    },
    targets: TARGETS,
    noiseLimits: NOISE,
    js,
    bytes,
    lighthouse: null,
    paint: null,
    latency: null,
    gradebook: null,
    load: null,
    /** @type {{ part: string, error: string }[]} */
    errors: [],
    /** @type {object[]} */
    verdicts: [],
    durationSeconds: 0,
  };
  const save = () => {
    results.machine.loadAverage = os.loadavg();
    results.verdicts = verdicts(results);
    results.durationSeconds = Math.round((Date.now() - started) / 1000);
    mkdirSync(path.join(repo, 'bench'), { recursive: true });
    writeFileSync(path.join(repo, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  };
  /** Runs one part unless skipped, keeps its figures or its error, and saves what the run has so far. */
  const part = async (name, measure) => {
    if (skipped.has(name)) return;
    try {
      results[name] = await measure();
    } catch (error) {
      log(`${name} failed: ${error instanceof Error ? error.stack : error}`);
      results.errors.push({ part: name, error: String(error) });
    }
    save();
  };

  const lighthousePages = Object.fromEntries(
    LIGHTHOUSE_PAGES.map((page) => [page, new URL(SAMPLE_ROUTES[page], app.url).href]),
  );
  const floorUrl = new URL('/', floorServer.url).href;
  await part('lighthouse', async () => {
    const raw = await runLighthouseInterleaved(lighthousePages, floorUrl, { runs, log });
    return { ...compareLighthouse(raw), failedAudits: raw.failedAudits, raw };
  });
  await part('paint', async () => {
    const raw = await runLighthouseInterleaved(lighthousePages, floorUrl, { runs, throttling: 'devtools', log });
    return { ...compareLighthouse(raw, PAINT_JUDGES), raw };
  });
  await part('latency', () => {
    log('measuring answer latency');
    return measureAnswerLatency(app.url);
  });
  await part('gradebook', () => measureGradebookLoad(app.url, { log }));
  await part('load', async () => {
    const exported = await startStatic();
    cleanups.push(exported.stop);
    log(`load: next start, ${seconds} s`);
    const nextStart = await loadTest(new URL(SAMPLE_ROUTES.quiz, app.url).href, { seconds });
    log(`load: static export, ${seconds} s`);
    const staticExport = await loadTest(new URL(SAMPLE_ROUTES.quiz, exported.url).href, { seconds });
    log(`load: next start serving public/sw.js, ${seconds} s`);
    const nextStartPublicFile = await loadTest(new URL('/sw.js', app.url).href, { seconds });
    return {
      nextStart,
      staticExport,
      nextStartPublicFile,
      nextToStaticRatio: nextStart.requestsPerSecond / staticExport.requestsPerSecond,
    };
  });
  save();
  console.log(await report(results, app.url));
  console.log(`\nbench/results.json written (${results.durationSeconds} s).`);
  if (results.errors.length) {
    console.log(`Parts that failed: ${results.errors.map((e) => `${e.part} (${e.error})`).join('; ')}`);
    process.exitCode = 1;
  }
}

function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Each page's HTML as served, beside the catalogue's (home). */
async function pageBytes(baseUrl) {
  const bytes = {};
  for (const [page, route] of Object.entries(PAGE_BYTES_ROUTES)) {
    bytes[page] = { route, ...(await measurePageBytes(baseUrl, route)) };
  }
  const home = bytes.home;
  for (const entry of Object.values(bytes)) {
    entry.ratioToHome = entry.htmlBytes / home.htmlBytes;
    entry.gzipRatioToHome = entry.htmlGzip / home.htmlGzip;
  }
  return bytes;
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => value.toFixed(1);
const x = (value) => `${value.toFixed(2)}×`;

/** A spread as the tables print it: the median, then the interquartile range and min–max in brackets. */
const withSpread = (s, format = (v) => v.toFixed(2)) =>
  s.n === 1
    ? format(s.median)
    : `${format(s.median)} [${format(s.q1)}–${format(s.q3)}; ${format(s.min)}–${format(s.max)}]`;

const jsTarget = (page) => (page === 'quiz' ? TARGETS.quizJsToFloor : TARGETS.jsToFloor);

function jsTable(js) {
  return markdownTable(
    ['Page', 'Route', 'JS, gzip kB', '× floor', 'target', 'verdict'],
    Object.entries(js).map(([page, { route, gzipBytes, ratioToFloor }]) => [
      page,
      route,
      kb(gzipBytes),
      ratioToFloor === undefined ? '—' : ratioToFloor.toFixed(2),
      page === 'floor' ? '' : `≤ ${jsTarget(page)}×`,
      ratioToFloor === undefined || page === 'floor' ? '' : exactVerdict(ratioToFloor, jsTarget(page)),
    ]),
  );
}

/** The larger of a page's raw and gzip ratios to the catalogue's bytes, which the target holds to 1.5x. */
const bytesRatio = (entry) => Math.max(entry.ratioToHome, entry.gzipRatioToHome);

function bytesTable(bytes) {
  return markdownTable(
    ['Page', 'Route', 'HTML, kB', 'of it inline scripts, kB', '× home', 'HTML, gzip kB', '× home (gzip)', 'verdict'],
    Object.entries(bytes).map(([page, entry]) => [
      page,
      entry.route,
      kb(entry.htmlBytes),
      kb(entry.inlineScriptBytes),
      entry.ratioToHome.toFixed(2),
      kb(entry.htmlGzip),
      entry.gzipRatioToHome.toFixed(2),
      BANK_LISTING_PAGES.includes(page)
        ? 'lists the bank'
        : `${exactVerdict(bytesRatio(entry), TARGETS.bytesToHome)} (≤ ${TARGETS.bytesToHome}×)`,
    ]),
  );
}

/** Every target's verdict, by target and page: what the run concludes. */
function verdicts({ js, bytes, lighthouse, paint, latency, gradebook }) {
  const list = [];
  const add = (target, page, figure, result) => list.push({ target, page, figure, verdict: result });
  for (const [page, entry] of Object.entries(js)) {
    if (page !== 'floor')
      add(
        `JS ≤ ${jsTarget(page)}× floor`,
        page,
        x(entry.ratioToFloor),
        exactVerdict(entry.ratioToFloor, jsTarget(page)),
      );
  }
  for (const [page, entry] of Object.entries(bytes)) {
    if (!BANK_LISTING_PAGES.includes(page))
      add(
        `HTML+RSC ≤ ${TARGETS.bytesToHome}× catalogue`,
        page,
        x(bytesRatio(entry)),
        exactVerdict(bytesRatio(entry), TARGETS.bytesToHome),
      );
  }
  if (lighthouse) {
    for (const [page, entry] of Object.entries(lighthouse.pages)) {
      add(`LCP ≤ ${TARGETS.lcpToFloor}× floor`, page, x(entry.lcpToFloor.median), entry.verdicts.lcp);
      add(`TBT ≤ ${TARGETS.tbtToFloor}× floor`, page, x(entry.tbtToFloor.median), entry.verdicts.tbt);
      add(
        `performance ≥ floor − ${TARGETS.scoreBelowFloor}`,
        page,
        `${entry.scoreBelowFloor.median.toFixed(1)} below`,
        entry.verdicts.score,
      );
      add('accessibility, best practices, SEO 100', page, '', entry.verdicts.categories);
    }
  }
  if (paint) {
    for (const [page, entry] of Object.entries(paint.pages))
      add(
        `LCP ≤ ${TARGETS.lcpToFloor}× floor, throttled as it loads`,
        page,
        x(entry.lcpToFloor.median),
        entry.verdicts.lcp,
      );
  }
  if (latency) {
    const choiceSpread = latency.choice.p95Ms / latency.choice.medianMs;
    // The choice click is this measure's floor: when its own p95 is over twice its median, the machine was unsteady,
    // and a Check over the target by less than that spread is NOISY rather than FAIL.
    const steady = choiceSpread <= 2;
    const ratio = latency.checkToChoiceP95;
    add(
      `Check p95 ≤ ${TARGETS.checkToChoiceP95}× choice click p95`,
      'quiz',
      x(ratio),
      ratio <= TARGETS.checkToChoiceP95
        ? 'PASS'
        : !steady && ratio <= TARGETS.checkToChoiceP95 * choiceSpread
          ? 'NOISY'
          : 'FAIL',
    );
    add(
      `first Check ≤ ${TARGETS.firstCheckToMedian}× median Check`,
      'quiz',
      x(spread(latency.firstCheckToMedian).median),
      verdict(latency.firstCheckToMedian, TARGETS.firstCheckToMedian, steady && latency.visits >= NOISE.minRuns),
    );
  }
  if (gradebook) {
    add(
      `no task over ${TARGETS.longTaskMs} ms (10,000 imported)`,
      'gradebook',
      `${gradebook.longestTaskMs.toFixed(0)} ms`,
      exactVerdict(gradebook.longestTaskMs, TARGETS.longTaskMs),
    );
    add(
      `clicks answered ≤ ${TARGETS.clickMs} ms throughout`,
      'gradebook',
      `${gradebook.slowestClickMs.toFixed(0)} ms`,
      exactVerdict(gradebook.slowestClickMs, TARGETS.clickMs),
    );
  }
  return list;
}

function lighthouseTables({ noise, floor, pages, failedAudits }) {
  const names = Object.keys(pages);
  const b = noise.benchmarkIndex;
  const lines = [
    `Machine speed, Lighthouse's benchmarkIndex over all ${b.n} runs (higher is faster): median ${b.median.toFixed(0)}, ` +
      `IQR ${b.q1.toFixed(0)}–${b.q3.toFixed(0)} (${pct(b.relativeIqr)} of the median), min–max ${b.min.toFixed(0)}–${b.max.toFixed(0)}.`,
    `Floor (bare Next.js page), ${floor.runs} runs: LCP ${floor.median.lcpMs.toFixed(0)} ms (IQR ${pct(noise.floor.lcpMs.relativeIqr)} of it), ` +
      `TBT ${floor.median.tbtMs.toFixed(0)} ms (IQR ${pct(noise.floor.tbtMs.relativeIqr)}), performance ${floor.median.performance} ` +
      `(IQR ${pct(noise.floor.performance.relativeIqr)}).`,
    noise.steady
      ? `Steady run: the floor's spread and the machine's speed stayed within their limits; verdicts use each ratio's IQR.`
      : `TOO NOISY TO JUDGE CLOSE CALLS: ${noise.reasons.join('; ')}. A verdict is PASS or FAIL only where every pair agrees (min–max); otherwise NOISY.`,
    `Ratios are per pair, the page's run over the mean of the floor runs before and after it, from the pairs whose ` +
      `benchmarkIndex is within ${pct(NOISE.pairSpeedDrift)} of their floor runs' (every pair's, and NOISY, when fewer than ` +
      `${NOISE.minPairs} are).`,
  ];
  /** @type {(page: string, key: string, format: (v: any) => string) => string} */
  const median = (page, key, format) => format(page === 'floor' ? floor.median[key] : pages[page].median[key]);
  /** @type {(label: string, key: string, format?: (v: any) => string) => string[]} */
  const row = (label, key, format = String) => [
    label,
    ...names.map((p) => median(p, key, format)),
    median('floor', key, format),
  ];
  const ratioRow = (label, key, format) => [label, ...names.map((p) => withSpread(pages[p][key], format)), '—'];
  const summary = markdownTable(
    [`Lighthouse, median of ${Math.min(...names.map((p) => pages[p].pairs.of))} runs`, ...names, 'floor'],
    [
      ['Pairs at one machine speed', ...names.map((p) => `${pages[p].pairs.matched} of ${pages[p].pairs.of}`), '—'],
      row('Performance', 'performance'),
      ratioRow('  points below the floor [IQR; min–max]', 'scoreBelowFloor', (v) => v.toFixed(1)),
      row('LCP, ms', 'lcpMs', (v) => v.toFixed(0)),
      ratioRow('  × floor [IQR; min–max]', 'lcpToFloor'),
      row('TBT, ms', 'tbtMs', (v) => v.toFixed(0)),
      ratioRow('  × floor [IQR; min–max]', 'tbtToFloor'),
      row('CLS', 'cls', (v) => v.toFixed(3)),
      row('Accessibility', 'accessibility'),
      row('Best practices', 'best-practices'),
      row('SEO', 'seo'),
      row('Total bytes, kB', 'totalBytes', kb),
      row('benchmarkIndex', 'benchmarkIndex', (v) => v.toFixed(0)),
    ],
  );
  const failed = Object.entries(failedAudits ?? {}).filter(([, ids]) => ids.length);
  return [
    ...lines,
    '',
    summary,
    ...(failed.length ? ['', `Failed audits: ${failed.map(([p, ids]) => `${p}: ${ids.join(', ')}`).join('; ')}`] : []),
  ].join('\n');
}

/** LCP with the throttling applied during the load, beside the floor's, with the run's own noise reading. */
function paintTable({ noise, floor, pages }) {
  const names = Object.keys(pages);
  const lcp = noise.floor.lcpMs;
  return [
    `Paint, throttled as it loads (Lighthouse's devtools method, the same slow 4G and 4x CPU), ${floor.runs} floor ` +
      `runs: the floor's LCP ${floor.median.lcpMs.toFixed(0)} ms (IQR ${pct(lcp.relativeIqr)} of it). ` +
      (noise.steady ? 'Steady run.' : `TOO NOISY TO JUDGE CLOSE CALLS: ${noise.reasons.join('; ')}.`),
    '',
    markdownTable(
      [`Paint, median of ${Math.min(...names.map((p) => pages[p].pairs.of))} runs`, ...names, 'floor'],
      [
        ['Pairs at one machine speed', ...names.map((p) => `${pages[p].pairs.matched} of ${pages[p].pairs.of}`), '—'],
        ['LCP, ms', ...names.map((p) => pages[p].median.lcpMs.toFixed(0)), floor.median.lcpMs.toFixed(0)],
        ['  × floor [IQR; min–max]', ...names.map((p) => withSpread(pages[p].lcpToFloor)), '—'],
      ],
    ),
  ].join('\n');
}

function latencyTable(latency) {
  const first = spread(latency.firstCheckToMedian);
  return markdownTable(
    [
      `Click to paint, ${latency.cpuSlowdown}x CPU, ${latency.visits} visits, ${latency.answers} answers, each read for ${latency.readingMs} ms`,
      'median, ms',
      'p95, ms',
      'ratio',
    ],
    [
      [
        'Check, until the feedback shows',
        ms(latency.check.medianMs),
        ms(latency.check.p95Ms),
        `p95 ${x(latency.checkToChoiceP95)} the choice click's (≤ ${TARGETS.checkToChoiceP95}×)`,
      ],
      ['Picking a choice (the floor)', ms(latency.choice.medianMs), ms(latency.choice.p95Ms), ''],
      [
        "A visit's first Check",
        ms(latency.firstCheck.medianMs),
        `max ${ms(Math.max(...latency.firstCheck.samplesMs))}`,
        `${withSpread(first)} × the median Check (≤ ${TARGETS.firstCheckToMedian}×)`,
      ],
    ],
  );
}

async function gradebookLines(gradebook, baseUrl) {
  const lines = [
    `Gradebook, ${gradebook.count} result links pasted (${(gradebook.pasteBytes / 1e6).toFixed(1)} MB) and imported, ` +
      `${gradebook.cpuSlowdown}x CPU: imported in ${(gradebook.importMs / 1000).toFixed(1)} s; longest task ` +
      `${gradebook.longestTaskMs.toFixed(0)} ms, ${gradebook.tasksOver100Ms} over ${TARGETS.longTaskMs} ms ` +
      `(${gradebook.longTasks.length} over 50 ms); ${gradebook.clicks} clicks on the heading throughout: slowest ` +
      `${gradebook.slowestClickMs.toFixed(0)} ms, p95 ${gradebook.clickP95Ms?.toFixed(0) ?? '—'} ms, ` +
      `${gradebook.clicksOver200Ms} over ${TARGETS.clickMs} ms.`,
  ];
  if (gradebook.trace)
    lines.push(`Traced import, largest main-thread tasks: ${await formatTasks(gradebook.trace, baseUrl)}`);
  return lines.join('\n');
}

function loadTable(load) {
  const loadRow = (label, run) => [
    label,
    run.requestsPerSecond.toFixed(0),
    String(run.p99Ms),
    `${run.errors + run.timeouts} / ${run.non2xx}`,
  ];
  return [
    markdownTable(
      [`Load, ${load.nextStart.seconds} s, 10 connections`, 'req/s', 'p99, ms', 'errors / non-2xx'],
      [
        loadRow('next start, quiz page', load.nextStart),
        loadRow('static export, quiz page', load.staticExport),
        loadRow('next start, public/sw.js', load.nextStartPublicFile),
      ],
    ),
    `next start serves ${(load.nextToStaticRatio * 100).toFixed(0)}% of the static server's requests per second.`,
  ].join('\n\n');
}

function verdictTable(list) {
  const counts = ['PASS', 'FAIL', 'NOISY'].map((v) => `${list.filter((t) => t.verdict === v).length} ${v}`);
  return [
    markdownTable(
      ['Target', 'Page', 'Figure', 'Verdict'],
      list.map((t) => [t.target, t.page, t.figure, t.verdict]),
    ),
    `Targets: ${counts.join(', ')}.`,
  ].join('\n');
}

async function report(results, baseUrl) {
  const { machine, js, bytes, lighthouse, paint, latency, gradebook, load } = results;
  return [
    `SourceCheck bench, ${results.date.slice(0, 10)}: ${machine.cpus} CPUs (${machine.cpuModel}), load average ` +
      `${machine.loadAverage.map((v) => v.toFixed(1)).join(' ')} at the end, Node ${machine.node}, ${machine.chromium}`,
    jsTable(js),
    bytesTable(bytes),
    ...(lighthouse ? [lighthouseTables(lighthouse)] : []),
    ...(paint ? [paintTable(paint)] : []),
    ...(latency ? [latencyTable(latency)] : []),
    ...(gradebook ? [await gradebookLines(gradebook, baseUrl)] : []),
    ...(load ? [loadTable(load)] : []),
    verdictTable(results.verdicts),
  ].join('\n\n');
}

const reportFile = option('report', null);
if (reportFile) {
  // A saved run judged again, by the targets and noise limits as they are now: no build, no server, no browser.
  const saved = JSON.parse(readFileSync(reportFile, 'utf8'));
  if (saved.lighthouse) Object.assign(saved.lighthouse, compareLighthouse(saved.lighthouse.raw));
  if (saved.paint) Object.assign(saved.paint, compareLighthouse(saved.paint.raw, PAINT_JUDGES));
  saved.verdicts = verdicts(saved);
  console.log(await report(saved, null));
} else {
  try {
    if (!skipBuild) {
      // Both write .next/: the export first (it leaves its pages in out/), then the build next start serves.
      log('building the static export (out/)');
      buildApp({ staticExport: true });
      log('building the app (.next/)');
      buildApp();
    }
    const app = await startNext();
    cleanups.push(app.stop);

    log('measuring JS and bytes per page');
    const js = {};
    for (const page of JS_PAGES) {
      const { jsGzip, files } = await measurePageScripts(app.url, SAMPLE_ROUTES[page]);
      js[page] = { route: SAMPLE_ROUTES[page], gzipBytes: jsGzip, scripts: files.length };
    }
    const bytes = await pageBytes(app.url);
    if (pagesOnly) console.log([jsTable(js), bytesTable(bytes)].join('\n\n'));
    else await fullBench(app, js, bytes);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
