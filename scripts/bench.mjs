// `npm run bench`: what SourceCheck costs a student's phone and a server, next to a bare Next.js page built by the
// same versions in the same run. Prints the figures as tables and writes bench/results.json.
//   node scripts/bench.mjs [--skip-build] [--pages-only] [--runs 3] [--seconds 10]
// --pages-only measures JS and bytes per page on the app alone, in seconds: no floor, Lighthouse, latency or load.
// Builds the static export (out/) and the app (.next/), and a bare App Router project in a temporary directory;
// serves them on 127.0.0.1 only; then measures:
//   JS        gzipped bytes of the script files each page loads (noModule polyfill excluded)
//   bytes     each page's HTML document as served, RSC payload inline, raw and gzipped, and its ratio to the
//             catalogue's: no page that does not list the bank should send more than 1.5x the catalogue
//   Lighthouse 12 (mobile, simulated throttling) on home, quiz, results, teach and the floor: the four category
//             scores, LCP, TBT, CLS, total bytes and Lighthouse's reading of the machine's speed; median of --runs
//   latency   click on Check to the feedback painted, 4x CPU slowdown, 20 answers: median and p95; beside it the
//             click that picks a choice, the smallest update the page makes
//   load      autocannon, --seconds seconds, 10 connections, on a quiz page: next start and the static export;
//             and next start serving a file from public/, its own fastest path, for scale
import { mkdirSync, writeFileSync } from 'node:fs';
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
import { runLighthouse } from './bench/lighthouse.mjs';
import { measureAnswerLatency } from './bench/latency.mjs';
import { loadTest } from './bench/load.mjs';
import { buildApp, chromiumVersion, repo, startNext, startStatic } from './bench/servers.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const skipBuild = process.argv.includes('--skip-build');
const pagesOnly = process.argv.includes('--pages-only');
/** The most a page that does not list the bank may send, as a multiple of the catalogue's HTML. */
const MAX_BYTES_TO_HOME = 1.5;
const runs = Number(option('runs', 3));
const seconds = Number(option('seconds', 10));
const log = (message) => console.error(`· ${message}`);

const JS_PAGES = Object.keys(SAMPLE_ROUTES).filter((page) => page !== 'notFound');
const LIGHTHOUSE_PAGES = ['home', 'quiz', 'results', 'teach'];
const cleanups = [];
const started = Date.now();

try {
  if (!skipBuild) {
    // Both write .next/: the export first (it leaves its pages in out/), then the build next start serves.
    log('building the static export (out/)');
    buildApp({ STATIC_EXPORT: '1' });
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

/** The floor, Lighthouse, latency and load, beside the JS and bytes already measured; writes bench/results.json. */
async function fullBench(app, js, bytes) {
  log('building the bare Next.js page (the framework floor)');
  const floor = buildFloor();
  cleanups.push(async () => floor.remove());
  const floorServer = await startNext(floor.dir);
  cleanups.push(floorServer.stop);
  const exported = await startStatic();
  cleanups.push(exported.stop);

  const floorJs = await measurePageScripts(floorServer.url, '/');
  js.floor = { route: '/ (bare Next.js)', gzipBytes: floorJs.jsGzip, scripts: floorJs.files.length };
  for (const page of Object.keys(js)) js[page].ratioToFloor = js[page].gzipBytes / js.floor.gzipBytes;

  const lighthouse = await runLighthouse(
    {
      ...Object.fromEntries(LIGHTHOUSE_PAGES.map((page) => [page, new URL(SAMPLE_ROUTES[page], app.url).href])),
      floor: new URL('/', floorServer.url).href,
    },
    { runs, log },
  );

  log('measuring answer latency');
  const latency = await measureAnswerLatency(app.url);

  log(`load: next start, ${seconds} s`);
  const loadNext = await loadTest(new URL(SAMPLE_ROUTES.quiz, app.url).href, { seconds });
  log(`load: static export, ${seconds} s`);
  const loadStatic = await loadTest(new URL(SAMPLE_ROUTES.quiz, exported.url).href, { seconds });
  log(`load: next start serving public/sw.js, ${seconds} s`);
  const loadNextFile = await loadTest(new URL('/sw.js', app.url).href, { seconds });

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: chromiumVersion(),
    },
    js,
    bytes,
    lighthouse,
    latency,
    load: {
      nextStart: loadNext,
      staticExport: loadStatic,
      nextStartPublicFile: loadNextFile,
      nextToStaticRatio: loadNext.requestsPerSecond / loadStatic.requestsPerSecond,
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(path.join(repo, 'bench'), { recursive: true });
  writeFileSync(path.join(repo, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  console.log(`\nbench/results.json written (${results.durationSeconds} s).`);
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

function kb(bytes) {
  return (bytes / 1000).toFixed(1);
}

function jsTable(js) {
  return markdownTable(
    ['Page', 'Route', 'JS, gzip kB', '× floor'],
    Object.entries(js).map(([page, { route, gzipBytes, ratioToFloor }]) => [
      page,
      route,
      kb(gzipBytes),
      ratioToFloor === undefined ? '—' : ratioToFloor.toFixed(2),
    ]),
  );
}

function bytesTable(bytes) {
  return markdownTable(
    ['Page', 'Route', 'HTML, kB', 'of it inline scripts, kB', '× home', 'HTML, gzip kB', '× home (gzip)', 'target'],
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
        : Math.max(entry.ratioToHome, entry.gzipRatioToHome) <= MAX_BYTES_TO_HOME
          ? `≤ ${MAX_BYTES_TO_HOME}×`
          : `over ${MAX_BYTES_TO_HOME}×`,
    ]),
  );
}

function table({ machine, js, bytes, lighthouse, latency, load }) {
  const pages = [...LIGHTHOUSE_PAGES, 'floor'];
  const lh = (label, key, format = (v) => String(v)) => [
    label,
    ...pages.map((page) => format(lighthouse[page].median[key])),
  ];
  const lighthouseTable = markdownTable(
    [`Lighthouse, median of ${runs}`, ...LIGHTHOUSE_PAGES, 'floor (bare Next.js)'],
    [
      lh('Performance', 'performance'),
      lh('Accessibility', 'accessibility'),
      lh('Best practices', 'best-practices'),
      lh('SEO', 'seo'),
      lh('LCP, ms', 'lcpMs', (v) => v.toFixed(0)),
      lh('TBT, ms', 'tbtMs', (v) => v.toFixed(0)),
      lh('CLS', 'cls', (v) => v.toFixed(3)),
      lh('Total bytes, kB', 'totalBytes', kb),
      lh('Machine speed (benchmarkIndex)', 'benchmarkIndex', (v) => v.toFixed(0)),
    ],
  );
  const ms = (v) => v.toFixed(1);
  const latencyTable = markdownTable(
    [`Click to paint, ${latency.cpuSlowdown}x CPU, ${latency.answers} answers`, 'median, ms', 'p95, ms'],
    [
      ['Check, until the feedback shows', ms(latency.check.medianMs), ms(latency.check.p95Ms)],
      ['Picking a choice (the floor)', ms(latency.choice.medianMs), ms(latency.choice.p95Ms)],
    ],
  );
  const loadRow = (label, run) => [
    label,
    run.requestsPerSecond.toFixed(0),
    String(run.p99Ms),
    `${run.errors + run.timeouts} / ${run.non2xx}`,
  ];
  const loadTable = markdownTable(
    [`Load, ${seconds} s, 10 connections`, 'req/s', 'p99, ms', 'errors / non-2xx'],
    [
      loadRow('next start, quiz page', load.nextStart),
      loadRow('static export, quiz page', load.staticExport),
      loadRow('next start, public/sw.js', load.nextStartPublicFile),
    ],
  );
  return [
    `SourceCheck bench, ${new Date().toISOString().slice(0, 10)}: ${machine.cpus} CPUs (${machine.cpuModel}), ` +
      `Node ${machine.node}, ${machine.chromium}`,
    jsTable(js),
    bytesTable(bytes),
    lighthouseTable,
    latencyTable,
    loadTable,
    `next start serves ${(load.nextToStaticRatio * 100).toFixed(0)}% of the static server's requests per second.`,
  ].join('\n\n');
}
