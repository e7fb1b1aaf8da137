// Builds the app, serves it with `next start` on a free port, and runs the browser journeys in e2e/ against it.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import net from 'node:net';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env });

run('bash', ['scripts/ensure-chromium.sh']);
// `npm run build` so that its postbuild step writes the service worker for this build.
if (!process.env.E2E_SKIP_BUILD) run('npm', ['run', 'build']);

const port = await new Promise((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});

let exitCode = 1;
try {
  await waitForServer(baseUrl);
  const files = readdirSync('e2e')
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => `e2e/${name}`);
  if (files.length === 0) throw new Error('no browser tests found in e2e/');
  exitCode = await new Promise((resolve) => {
    const tests = spawn('node', ['--test', '--test-concurrency=1', ...files], {
      env: { ...env, BASE_URL: baseUrl },
      stdio: 'inherit',
    });
    tests.on('exit', (code) => resolve(code ?? 1));
  });
} finally {
  server.kill('SIGTERM');
}
process.exit(exitCode);

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
