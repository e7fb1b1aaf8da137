// The browser tests: Debian's Chromium (no browser is downloaded), a phone-sized page, and the app served two
// ways: `next start`, and the static export in out/ behind nginx with deploy/nginx.conf. The journeys run once,
// against `next start`; the tests tagged @export depend on how the app is served (headers, routing and 404s,
// static files and their types, the service worker and offline use, the HTML) and run against the export too.
// `npm run test:e2e` builds both first; `playwright test` alone uses the builds that are there.
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import type { Target } from './e2e/support.mts';

/**
 * A port nothing listens on, chosen once: the config is read again in every worker, which inherits the
 * environment of the run, so each server keeps the port it was started on. Chosen, not fixed, so that two
 * checkouts on one machine can test at once.
 */
function freePort(name: string): number {
  process.env[name] ??= execFileSync(
    process.execPath,
    [
      '-e',
      "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
    ],
    { encoding: 'utf8' },
  ).trim();
  return Number(process.env[name]);
}

const nextPort = freePort('E2E_NEXT_PORT');
const exportPort = freePort('E2E_EXPORT_PORT');
const url = (port: number) => `http://127.0.0.1:${port}`;

export default defineConfig<{ target: Target }>({
  testDir: 'e2e',
  testMatch: '*.spec.mts',
  // A run that matches no test fails (Playwright's default, kept: no --pass-with-no-tests).
  // A test.only left in would quietly skip the rest.
  forbidOnly: true,
  retries: 0,
  // Two cores: a test file a worker, each with its own browser; the servers share the rest.
  workers: 2,
  timeout: 120_000,
  // The machine is shared and its speed moves: a little more than the default 5 s before a wait fails.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
  outputDir: 'test-results/artifacts',
  use: {
    // A phone-sized screen with touch, as the students have.
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
    // A trace of every test, kept only for a failure, costs the runner about a third more CPU: asked for, not by
    // default, since a failing test is rerun alone to be read.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'next', use: { baseURL: url(nextPort), target: 'next' } },
    { name: 'export', grep: /@export/, use: { baseURL: url(exportPort), target: 'export' } },
  ],
  webServer: [
    {
      name: 'next start',
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${nextPort}`,
      url: url(nextPort),
      // A drop box database of this run's own (PGlite), so no earlier run's boxes count against the rate limit.
      env: { NEXT_TELEMETRY_DISABLED: '1', DROP_BOX_DATA: `test-results/drop-box-${nextPort}` },
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      name: 'nginx',
      command: `bash scripts/serve-nginx.sh ${exportPort}`,
      url: url(exportPort),
      timeout: 30_000,
      // The script stops nginx and removes its temporary folder on SIGTERM.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
