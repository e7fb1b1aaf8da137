// Deterministic checks of the built pages: how much JavaScript each kind of page loads, against a committed
// budget, the compile hint on each of those scripts, CSS that comes inside the page, and valid HTML on every page by
// the Nu HTML Checker (vnu).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SAMPLE_ROUTES, allRoutes, measurePageScripts, scriptsOf } from '../scripts/bench/pages.mjs';
import { COMPILE_HINT } from '../scripts/compile-hints.mjs';
import { expect, test, repo } from './support.mts';

const budget: { jsGzipBytes: Record<string, number> } = JSON.parse(
  readFileSync(path.join(repo, 'scripts', 'bench', 'budget.json'), 'utf8'),
);

test('each kind of page loads no more JavaScript than its budget', { tag: '@export' }, async ({ baseURL }) => {
  expect(Object.keys(budget.jsGzipBytes).sort()).toEqual(Object.keys(SAMPLE_ROUTES).sort());
  const over = [];
  for (const [kind, route] of Object.entries(SAMPLE_ROUTES)) {
    const { jsGzip, files } = await measurePageScripts(baseURL!, route);
    const limit = budget.jsGzipBytes[kind]!;
    test.info().annotations.push({
      type: 'JavaScript',
      description: `${kind} ${route}: ${jsGzip} B gzip in ${files.length} scripts (budget ${limit} B)`,
    });
    expect(files.length, `${route} loads scripts`).toBeGreaterThan(0);
    if (jsGzip > limit) over.push(`${kind} (${route}) loads ${jsGzip} B of gzipped JavaScript, over its ${limit} B`);
  }
  expect(over, 'scripts/bench/budget.json: raise a budget only for a reason worth its bytes').toEqual([]);
});

// Checked on what the server sends, so that a build step skipped or a chunk missed shows here, not in a slower load.
test(
  'every script a page loads asks Chromium to compile it as it streams in',
  { tag: '@export' },
  async ({ request }) => {
    // Each script once, with the first page that loads it.
    const loadedBy = new Map<string, string>();
    for (const route of Object.values(SAMPLE_ROUTES)) {
      const { srcs } = scriptsOf(await (await request.get(route)).text());
      expect(srcs.length, `${route} loads scripts`).toBeGreaterThan(0);
      for (const src of srcs) if (!loadedBy.has(src)) loadedBy.set(src, route);
    }
    const unmarked = [];
    for (const [src, route] of loadedBy) {
      const script = await (await request.get(src)).text();
      if (!script.startsWith(COMPILE_HINT)) unmarked.push(`${src} (loaded by ${route})`);
    }
    expect(unmarked, 'scripts/compile-hints.mjs runs after every build').toEqual([]);
  },
);

test('a page paints styled without fetching a stylesheet first', { tag: '@export' }, async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  await page.goto(SAMPLE_ROUTES.quiz);
  const start = page.getByRole('button', { name: 'Start the quiz' });
  await expect(start).toBeVisible();
  // Tailwind's blue on the main button, not the browser's grey.
  expect(await start.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
    'lab(30.2514 27.7853 -70.2699)',
  );
  expect(stylesheets, 'no stylesheet request holds the first paint back').toEqual([]);
});

// vnu checks the CSS inside each page too, by a grammar older than two things Tailwind writes into every page:
// @property rules, and margin-trim inside a @supports test. Any other CSS error still counts.
const OUTDATED_CSS_GRAMMAR = [
  /^CSS: Unrecognized at-rule “@property”/,
  /^CSS: “margin-trim”: Property “margin-trim” doesn't exist/,
];

test('every page is valid HTML by the Nu HTML Checker', { tag: '@export' }, async ({ request }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcecheck-vnu-'));
  try {
    const files = [];
    for (const route of allRoutes()) {
      const response = await request.get(route);
      expect(response.status(), route).toBe(route === SAMPLE_ROUTES.notFound ? 404 : 200);
      const file = path.join(dir, `${route === '/' ? 'index' : route.slice(1).replaceAll('/', '__')}.html`);
      writeFileSync(file, await response.text());
      files.push(file);
    }
    // A page with one known error proves the checker ran and read the files.
    const canary = path.join(dir, 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="en"><head></head><body></body></html>');
    files.push(canary);
    const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    // vnu exits non-zero when it reports errors: read its report either way.
    const { stderr } = await promisify(execFile)('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
      if (error.code === 'ENOENT')
        throw new Error('the HTML checker needs Java: run bash scripts/ensure-debian.sh java default-jre-headless');
      return { stderr: error.stderr ?? '' };
    });
    const { messages } = JSON.parse(stderr) as {
      messages: { url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string }[];
    };
    const errors = messages
      .filter((m) => !OUTDATED_CSS_GRAMMAR.some((pattern) => pattern.test(m.message)))
      .map((m) => `${path.basename(m.url ?? '')}:${m.lastLine}:${m.firstColumn ?? ''} ${m.message} ${m.extract ?? ''}`);
    expect(
      errors.some((error) => error.startsWith('canary.html')),
      `vnu checked the pages: ${stderr}`,
    ).toBe(true);
    expect(
      errors.filter((error) => !error.startsWith('canary.html')),
      'vnu errors',
    ).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
