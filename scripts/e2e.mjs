// Builds the app and runs the browser journeys in e2e/ against it, by default twice:
//   1. `next build`, served by `next start`;
//   2. the static export in out/ (`npm run export`), served by scripts/serve-static.mjs as a static host would.
// E2E_TARGET=next or E2E_TARGET=export runs one of them only. E2E_SKIP_BUILD=1 reuses what is already built.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import net from 'node:net';
import { startStaticServer } from './serve-static.mjs';

const TARGETS = { next: ['next'], export: ['export'], both: ['next', 'export'] };
const targets = TARGETS[process.env.E2E_TARGET ?? 'both'];
if (!targets) throw new Error(`E2E_TARGET must be one of ${Object.keys(TARGETS).join(', ')}`);

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
delete env.STATIC_EXPORT;
const run = (cmd, args, extraEnv = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });

run('bash', ['scripts/ensure-chromium.sh']);
if (!process.env.E2E_SKIP_BUILD) {
  // Both builds write .next/, so the export (which leaves its result in out/) goes first.
  // npm scripts, so that the post-build step writes the service worker for each build.
  if (targets.includes('export')) run('npm', ['run', 'export']);
  if (targets.includes('next')) run('npm', ['run', 'build']);
}

const files = readdirSync('e2e')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `e2e/${name}`);
if (files.length === 0) throw new Error('no browser tests found in e2e/');

const results = [];
for (const target of targets) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = await (target === 'next' ? startNext(port) : startExport(port));
  try {
    await waitForServer(baseUrl);
    console.log(`\nBrowser tests against ${target === 'next' ? '`next start`' : 'the static export in out/'}`);
    const code = await new Promise((resolve) => {
      const tests = spawn('node', ['--test', '--test-concurrency=1', ...files], {
        env: { ...env, BASE_URL: baseUrl, E2E_TARGET: target },
        stdio: 'inherit',
      });
      tests.on('exit', (status) => resolve(status ?? 1));
    });
    results.push({ target, code });
  } finally {
    await stop();
  }
}
if (results.length > 1) {
  console.log(`\n${results.map(({ target, code }) => `${target}: ${code === 0 ? 'passed' : 'FAILED'}`).join(', ')}`);
}
process.exit(results.find(({ code }) => code !== 0)?.code ?? 0);

async function startNext(port) {
  const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return async () => {
    server.kill('SIGTERM');
  };
}

async function startExport(port) {
  const server = await startStaticServer({ dir: 'out', port });
  return () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
}

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 120; i += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not start at ${url}`);
}
