// Deterministic checks of the built pages: how much JavaScript each kind of page loads, against a committed
// budget, and valid HTML on every page by the Nu HTML Checker (vnu).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { SAMPLE_ROUTES, allRoutes, measurePageScripts } from '../scripts/bench/pages.mjs';
import { BASE_URL } from './support.mjs';

const require = createRequire(import.meta.url);
const budget = JSON.parse(readFileSync(new URL('../scripts/bench/budget.json', import.meta.url), 'utf8'));

test('each kind of page loads no more JavaScript than its budget', async (t) => {
  assert.deepEqual(Object.keys(budget.jsGzipBytes).sort(), Object.keys(SAMPLE_ROUTES).sort());
  const over = [];
  for (const [kind, route] of Object.entries(SAMPLE_ROUTES)) {
    const { jsGzip, files } = await measurePageScripts(BASE_URL, route);
    const limit = budget.jsGzipBytes[kind];
    t.diagnostic(`${kind} ${route}: ${jsGzip} B gzip in ${files.length} scripts (budget ${limit} B)`);
    assert.ok(files.length > 0, `${route} loads scripts`);
    if (jsGzip > limit) over.push(`${kind} (${route}) loads ${jsGzip} B of gzipped JavaScript, over its ${limit} B`);
  }
  assert.deepEqual(over, [], 'scripts/bench/budget.json: raise a budget only for a reason worth its bytes');
});

test('every page is valid HTML by the Nu HTML Checker', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcecheck-vnu-'));
  try {
    const files = [];
    for (const route of allRoutes()) {
      const response = await fetch(new URL(route, BASE_URL));
      assert.equal(response.status, route === SAMPLE_ROUTES.notFound ? 404 : 200, route);
      const file = path.join(dir, `${route === '/' ? 'index' : route.slice(1).replaceAll('/', '__')}.html`);
      writeFileSync(file, await response.text());
      files.push(file);
    }
    // A page with one known error proves the checker ran and read the files.
    const canary = path.join(dir, 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="en"><head></head><body></body></html>');
    files.push(canary);
    const vnu = String(require('vnu-jar'));
    // vnu exits non-zero when it reports errors: read its report either way.
    const { stderr } = await promisify(execFile)('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error) => error);
    const { messages } = JSON.parse(stderr);
    const errors = messages.map(
      (m) => `${path.basename(m.url ?? '')}:${m.lastLine}:${m.firstColumn ?? ''} ${m.message} ${m.extract ?? ''}`,
    );
    assert.ok(
      errors.some((error) => error.startsWith('canary.html')),
      `vnu checked the pages: ${stderr}`,
    );
    assert.deepEqual(
      errors.filter((error) => !error.startsWith('canary.html')),
      [],
      'vnu errors',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
