// The security and privacy headers: on every kind of response, the same from `next start` as from the static
// export, and strict enough that the app still works with nothing refused and nothing sent to another origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { allRoutes } from '../scripts/bench/pages.mjs';
import { parseHeadersFile } from '../scripts/serve-static.mjs';
import { BASE_URL, answer, openPhone, readQuiz, sharedBrowser } from './support.mjs';

const require = createRequire(import.meta.url);
const rules = parseHeadersFile(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8'));
const pageHeaders = rules.find((rule) => rule.pattern.test('/any/page')).headers;

const browser = sharedBrowser();

/** Every Content-Security-Policy violation in the context, across navigations, as the page reports it. */
async function watchViolations(context) {
  const violations = [];
  await context.exposeBinding('reportCspViolation', (_source, violation) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: location.pathname,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      });
    });
  });
  return violations;
}

function unexpected(violations) {
  return violations.map(({ directive, blocked, page }) => `${directive} refused ${blocked} on ${page}`);
}

async function loadNextConfig() {
  const saved = { NODE_ENV: process.env.NODE_ENV, STATIC_EXPORT: process.env.STATIC_EXPORT };
  process.env.NODE_ENV = 'production';
  delete process.env.STATIC_EXPORT;
  try {
    const configPath = require.resolve('../next.config.js');
    delete require.cache[configPath];
    return require(configPath);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

test('public/_headers sets for static hosts exactly the headers next.config.js sets for next start', async () => {
  const config = await loadNextConfig();
  const [rule, ...others] = await config.headers();
  assert.equal(others.length, 0);
  assert.equal(rule.source, '/:path*');
  assert.deepEqual(
    pageHeaders,
    rule.headers.map(({ key, value }) => [key, value]),
  );
  const policy = Object.fromEntries(pageHeaders)['Content-Security-Policy'];
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    assert.ok(policy.split('; ').includes(directive), `the policy has ${directive}`);
  }
  assert.doesNotMatch(policy, /unsafe-eval|https?:|\*/, 'no eval and no other origin in production');
});

test('pages, their 404, their scripts, styles and payloads all carry the headers', async () => {
  const home = await (await fetch(BASE_URL)).text();
  const script = /<script[^>]+src="([^"]+)"/.exec(home)?.[1];
  const style = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1];
  assert.ok(script && style, 'the home page loads a script and a stylesheet');
  const paths = ['/', '/quiz/the-vote-itself', '/quiz/the-vote-itself/results', '/no-such-page', script, style];
  for (const path of paths) {
    const response = await fetch(new URL(path, BASE_URL));
    assert.equal(response.status, path === '/no-such-page' ? 404 : 200, path);
    for (const [name, value] of pageHeaders) assert.equal(response.headers.get(name), value, `${name} on ${path}`);
  }
});

test('no file outside the site is served, however the path is spelled', async () => {
  const status = (rawPath) =>
    new Promise((resolve, reject) => {
      const { hostname, port } = new URL(BASE_URL);
      http
        .get({ hostname, port, path: rawPath }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
        .on('error', reject);
    });
  for (const rawPath of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f.git/config']) {
    assert.ok([400, 404].includes(await status(rawPath)), rawPath);
  }
});

test('a student’s whole journey runs with nothing refused by the policy and nothing sent elsewhere', async () => {
  const { context, page, consoleErrors, foreignRequests } = await openPhone(browser());
  const violations = await watchViolations(context);
  const documents = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') documents.push(response);
  });
  const quiz = readQuiz('the-vote-itself');

  await page.goto('/');
  await page.getByRole('link', { name: quiz.title }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (const [index, question] of quiz.questions.entries()) {
    await answer(page, question, { right: true });
    if (index === 0) {
      // The progress bar's width is a computed style: it must survive a style-src without 'unsafe-inline'.
      const width = await page
        .getByRole('progressbar')
        .evaluate((bar) => bar.querySelector('div')?.getBoundingClientRect().width);
      assert.ok(width > 0, 'the progress bar shows progress');
    }
    await page
      .getByRole('button', { name: index === quiz.questions.length - 1 ? 'See my results' : 'Next question' })
      .click();
  }
  await page.getByTestId('score').waitFor();
  await page
    .getByRole('link', { name: /Read paragraph \d+ in context/ })
    .first()
    .click();
  await page.getByTestId('quote-highlight').waitFor();
  await page.goto('/quiz/no-such-quiz');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();

  assert.deepEqual(unexpected(violations), [], 'no Content-Security-Policy violation');
  const refusals = consoleErrors.filter((text) => /Content Security Policy|Refused to|Permissions-Policy/.test(text));
  assert.deepEqual(refusals, [], 'nothing refused or misread in the console');
  const notFound = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
  assert.deepEqual(
    consoleErrors.filter((text) => text !== notFound),
    [],
  );
  assert.deepEqual(foreignRequests, [], 'no request leaves the app’s origin');
  assert.ok(documents.length >= 2);
  for (const response of documents) {
    assert.ok(response.headers()['content-security-policy'], `a policy on ${response.url()}`);
  }
  await context.close();
});

test('looking at every page without answering saves nothing in the device’s local storage; starting a quiz does', async () => {
  const { context, page } = await openPhone(browser());
  const saved = () => page.evaluate(() => Object.keys(localStorage));
  for (const path of allRoutes()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await saved(), [], `visiting ${path} saves nothing`);
  }
  await page.goto('/quiz/the-vote-itself');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('progressbar').waitFor();
  assert.deepEqual(await saved(), ['sourcecheck-progress']);
  await context.close();
});

test('the policy refuses a script from another origin, eval, inline styles and being framed', async () => {
  const { context, page } = await openPhone(browser());
  const violations = await watchViolations(context);
  const failed = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  const foreignResponses = [];
  page.on('response', (response) => {
    if (!response.url().startsWith(new URL(BASE_URL).origin)) foreignResponses.push(response.url());
  });
  await page.goto('/quiz/the-vote-itself');
  await page.getByRole('button', { name: 'Start the quiz' }).waitFor();

  // Run by an inline script, later, as an injected script would be: Chromium exempts from CSP whatever runs
  // while the test driver's own evaluation is on the stack.
  const refused = await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.reportRefusals = resolve;
        const probe = document.createElement('script');
        probe.textContent = `
          const styled = document.createElement('p');
          styled.setAttribute('style', 'color: rgb(255, 0, 0)');
          document.body.append(styled);
          let evalRan = false;
          try { evalRan = eval('true'); } catch {}
          window.reportRefusals({ evalRan, color: getComputedStyle(styled).color });`;
        setTimeout(() => document.body.append(probe), 0);
      }),
  );
  assert.equal(refused.evalRan, false, 'eval is refused');
  assert.notEqual(refused.color, 'rgb(255, 0, 0)', 'an inline style attribute is refused');
  await page.evaluate(() =>
    setTimeout(() => {
      const tracker = document.createElement('script');
      tracker.src = 'https://tracker.example/collect.js';
      document.head.append(tracker);
    }, 0),
  );

  const framed = await page.evaluate(
    (url) =>
      new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = url;
        frame.addEventListener('load', () => {
          try {
            resolve(frame.contentDocument?.querySelector('main') ? 'shown' : 'blocked');
          } catch {
            resolve('blocked');
          }
        });
        document.body.append(frame);
      }),
    new URL('/', BASE_URL).href,
  );
  assert.equal(framed, 'blocked', 'the app does not show inside a frame, even its own');

  await page.waitForTimeout(200);
  const refusals = violations.map(({ directive, blocked }) => `${directive} ${blocked}`);
  assert.ok(refusals.includes('script-src eval'), `eval is reported: ${refusals}`);
  assert.ok(refusals.includes('style-src-attr inline'), `the inline style is reported: ${refusals}`);
  assert.ok(
    refusals.includes('script-src-elem https://tracker.example/collect.js'),
    `the foreign script is refused: ${refusals}`,
  );
  assert.deepEqual(foreignResponses, [], 'the refused script never reaches the network');
  assert.ok(failed.includes('https://tracker.example/collect.js csp'), `blocked by the policy: ${failed}`);
  assert.ok(failed.includes(`${new URL('/', BASE_URL).href} net::ERR_BLOCKED_BY_RESPONSE`), `framing: ${failed}`);
  await context.close();
});
