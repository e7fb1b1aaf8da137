// Servers and a browser for the bench: `next start` for a built project, sirv for the static export in out/, and
// Debian's Chromium with the project's flags. Everything listens on 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';

export const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const nextBin = path.join(repo, 'node_modules/next/dist/bin/next');
const sirvBin = path.join(repo, 'node_modules/sirv-cli/bin.js');
/** @type {NodeJS.ProcessEnv} */
export const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
delete env.STATIC_EXPORT;

export function build(dir, extraEnv = {}) {
  execFileSync('node', [nextBin, 'build'], {
    cwd: dir,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The app built by `npm run build`, or `npm run export`, with every step those scripts run before and after. */
export function buildApp({ staticExport = false } = {}) {
  execFileSync('npm', ['run', staticExport ? 'export' : 'build'], {
    cwd: repo,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`nothing answered at ${url}`);
}

/** Starts a child server process and returns its base URL and a stop function. */
async function startChild(args, cwd, extraEnv = {}) {
  const port = await freePort();
  const child = spawn('node', [...args, String(port)], {
    cwd,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  /** @returns {Promise<void>} */
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitForServer(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** `next start` on a free port; `extraEnv` is added to its environment. */
export function startNext(dir = repo, extraEnv = {}) {
  return startChild([nextBin, 'start', '-H', '127.0.0.1', '-p'], dir, extraEnv);
}

/** The export in out/ behind sirv, a plain static file server: /quiz/x is quiz/x.html, as on a static host. */
export function startStatic(dir = path.join(repo, 'out')) {
  return startChild([sirvBin, dir, '--host', '127.0.0.1', '--quiet', '--port'], repo);
}

/** Chromium with a DevTools port, for Lighthouse. */
export async function launchChromiumForLighthouse() {
  const profile = mkdtempSync(path.join(tmpdir(), 'sourcecheck-lh-'));
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(portFile); i += 1) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(portFile)) throw new Error('Chromium did not open a DevTools port');
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  // Chromium's helper processes may still write to the profile after the browser exits: retry, and leave a
  // temporary directory behind rather than lose the run's figures.
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', () => {
        rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
          .catch(() => {})
          .then(resolve);
      });
      child.kill('SIGTERM');
    });
  return { port, stop };
}

export function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
