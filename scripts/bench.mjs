// `npm run bench`: what SourceCheck costs a student's phone and a server, next to a bare Next.js page built by the
// same versions in the same run. Prints one table and writes bench/results.json.
//   node scripts/bench.mjs [--skip-build] [--runs 3] [--seconds 10]
// Builds the static export (out/) and the app (.next/), and a bare App Router project in a temporary directory;
// serves them on 127.0.0.1 only; then measures:
//   JS        gzipped bytes of the script files each page loads (noModule polyfill excluded)
//   Lighthouse 12 (mobile, simulated throttling): the four category scores, LCP, TBT, CLS, total bytes;
//             median of --runs runs
//   latency   click on Check to the feedback painted, 4x CPU slowdown, 20 answers: median and p95
//   load      autocannon, --seconds seconds, 10 connections, on a quiz page: next start and the static export
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_ROUTES, measurePageScripts } from './bench/pages.mjs';
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
const runs = Number(option('runs', 3));
const seconds = Number(option('seconds', 10));
const log = (message) => console.error(`· ${message}`);

const PAGES = ['home', 'quiz', 'results', 'source'];
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
  log('building the bare Next.js page (the framework floor)');
  const floor = buildFloor();
  cleanups.push(async () => floor.remove());

  const app = await startNext();
  cleanups.push(app.stop);
  const floorServer = await startNext(floor.dir);
  cleanups.push(floorServer.stop);
  const exported = await startStatic();
  cleanups.push(exported.stop);

  log('measuring JS per page');
  const js = {};
  for (const page of PAGES) {
    const { jsGzip, files } = await measurePageScripts(app.url, SAMPLE_ROUTES[page]);
    js[page] = { route: SAMPLE_ROUTES[page], gzipBytes: jsGzip, scripts: files.length };
  }
  const floorJs = await measurePageScripts(floorServer.url, '/');
  js.floor = { route: '/ (bare Next.js)', gzipBytes: floorJs.jsGzip, scripts: floorJs.files.length };
  for (const page of Object.keys(js)) js[page].ratioToFloor = js[page].gzipBytes / js.floor.gzipBytes;

  const lighthouse = await runLighthouse(
    {
      home: new URL(SAMPLE_ROUTES.home, app.url).href,
      quiz: new URL(SAMPLE_ROUTES.quiz, app.url).href,
      results: new URL(SAMPLE_ROUTES.results, app.url).href,
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
    lighthouse,
    latency,
    load: {
      nextStart: loadNext,
      staticExport: loadStatic,
      ratio: loadStatic.requestsPerSecond / loadNext.requestsPerSecond,
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(path.join(repo, 'bench'), { recursive: true });
  writeFileSync(path.join(repo, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  console.log(`\nbench/results.json written (${results.durationSeconds} s).`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}

function table({ machine, js, lighthouse, latency, load }) {
  const columns = ['home', 'quiz', 'results', 'source', 'floor'];
  const kb = (bytes) => (bytes / 1000).toFixed(1);
  const lh = (key, format = (v) => String(v)) =>
    columns.map((page) => (lighthouse[page] ? format(lighthouse[page].median[key]) : '–'));
  const only = (page, value) => columns.map((c) => (c === page ? value : '–'));
  const rows = [
    ['JS, gzip kB', ...columns.map((page) => (js[page] ? kb(js[page].gzipBytes) : '–'))],
    ['JS, × floor', ...columns.map((page) => (js[page] ? js[page].ratioToFloor.toFixed(2) : '–'))],
    [`Lighthouse performance (median of ${runs})`, ...lh('performance')],
    ['Lighthouse accessibility', ...lh('accessibility')],
    ['Lighthouse best practices', ...lh('best-practices')],
    ['Lighthouse SEO', ...lh('seo')],
    ['LCP, ms', ...lh('lcpMs', (v) => v.toFixed(0))],
    ['TBT, ms', ...lh('tbtMs', (v) => v.toFixed(0))],
    ['CLS', ...lh('cls', (v) => v.toFixed(3))],
    ['Total bytes, kB', ...lh('totalBytes', kb)],
    [`Answer latency, 4x CPU, median of ${latency.answers}, ms`, ...only('quiz', latency.medianMs.toFixed(1))],
    [`Answer latency, 4x CPU, p95, ms`, ...only('quiz', latency.p95Ms.toFixed(1))],
    [`Load ${seconds} s, next start, req/s`, ...only('quiz', load.nextStart.requestsPerSecond.toFixed(0))],
    [`Load ${seconds} s, static export, req/s`, ...only('quiz', load.staticExport.requestsPerSecond.toFixed(0))],
    ['Load, static ÷ next start', ...only('quiz', load.ratio.toFixed(1))],
    ['Load, next start, p99 ms', ...only('quiz', String(load.nextStart.p99Ms))],
    ['Load, static export, p99 ms', ...only('quiz', String(load.staticExport.p99Ms))],
    [
      'Load, errors / non-2xx (next, static)',
      ...only(
        'quiz',
        `${load.nextStart.errors + load.nextStart.timeouts}/${load.nextStart.non2xx}, ` +
          `${load.staticExport.errors + load.staticExport.timeouts}/${load.staticExport.non2xx}`,
      ),
    ],
  ];
  const header = ['', 'home', 'quiz', 'results', 'source', 'floor (bare Next.js)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  return [
    `SourceCheck bench, ${new Date().toISOString().slice(0, 10)}: ${machine.cpus} CPUs (${machine.cpuModel}), ` +
      `Node ${machine.node}, ${machine.chromium}`,
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
