// The security and privacy headers: on every kind of response, the same from `next start` as from the static
// export behind nginx, and strict enough that the app still works with nothing refused and nothing sent to
// another origin.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { SAMPLE_ROUTES, allRoutes } from '../scripts/bench/pages.mjs';
import { cameraPage, securityHeaders } from '../headers.js';
import { answer, expect, readQuiz, test, repo } from './support.mts';

const expected = securityHeaders().map(({ key, value }) => [key, value]);
const expectedOnCameraPage = securityHeaders({ camera: true }).map(({ key, value }) => [key, value]);
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');

type Violation = { directive: string; blocked: string; page: string };

/** Every Content-Security-Policy violation in the context, across navigations, as the page reports it. */
async function watchViolations(context: BrowserContext) {
  const violations: Violation[] = [];
  await context.exposeBinding('reportCspViolation', (_source, violation: Violation) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (v: Violation) => void }).reportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: location.pathname,
      });
    });
  });
  return violations;
}

function unexpected(violations: Violation[]) {
  return violations.map(({ directive, blocked, page }) => `${directive} refused ${blocked} on ${page}`);
}

test('static hosts and nginx are given exactly the headers next start sends, and the policy is strict', async () => {
  // Read the way Netlify and nginx read them, not the way scripts/write-headers.mjs meant them.
  const rules: Record<string, string[][]> = {};
  let pattern = '';
  for (const line of read('out/_headers').split('\n')) {
    if (/^[^\s#]/.test(line)) rules[(pattern = line.trim())] = [];
    else if (/^\s+\S/.test(line)) {
      const colon = line.indexOf(':');
      rules[pattern]?.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  expect(rules).toEqual({
    '/*': expected,
    [cameraPage]: expectedOnCameraPage.filter(([name]) => name === 'Permissions-Policy'),
    '/_next/static/*': [['Cache-Control', 'public, max-age=31536000, immutable']],
  });
  const nginx = (file: string) =>
    [...read(file).matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name, value]);
  expect(nginx('deploy/security-headers.conf')).toEqual(expected);
  expect(nginx('deploy/camera-page-headers.conf')).toEqual(expectedOnCameraPage);

  const policy = Object.fromEntries(expected)['Content-Security-Policy'] as string;
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(policy.split('; '), `the policy has ${directive}`).toContain(directive);
  }
  expect(policy, 'no eval and no other origin in production').not.toMatch(/unsafe-eval|https?:|\*/);
});

test(
  'pages, their 404, their scripts, styles and payloads all carry the headers',
  { tag: '@export' },
  async ({ request }) => {
    const home = await (await request.get('/')).text();
    const script = /<script[^>]+src="([^"]+)"/.exec(home)?.[1];
    // The page carries its CSS inline, and names the file it came from, which a client-side navigation fetches.
    const style = /<style[^>]+data-href="([^"]+\.css)"/.exec(home)?.[1];
    expect(script && style, 'the home page loads a script and carries a stylesheet').toBeTruthy();
    const paths = ['/', '/quiz/the-vote-itself', '/quiz/the-vote-itself/results', '/no-such-page', script!, style!];
    for (const route of paths) {
      const response = await request.get(route);
      expect(response.status(), route).toBe(route === '/no-such-page' ? 404 : 200);
      const headers = response.headers();
      for (const [name, value] of expected) expect(headers[name!.toLowerCase()], `${name} on ${route}`).toBe(value);
    }
  },
);

test(
  'the camera is allowed on the scan page alone, and nowhere else',
  { tag: '@export' },
  async ({ page, request }) => {
    const policyOf = async (route: string) => (await request.get(route)).headers()['permissions-policy'] ?? '';
    for (const route of allRoutes()) {
      const policy = await policyOf(route);
      expect(policy.split(', '), `the camera on ${route}`).toContain(
        route === cameraPage ? 'camera=(self)' : 'camera=()',
      );
      expect(policy.split(', '), `only one camera entry on ${route}`).not.toContain(
        route === cameraPage ? 'camera=()' : 'camera=(self)',
      );
    }
    // And as Chromium reads it.
    const allowed = () =>
      page.evaluate(() =>
        (document as unknown as { featurePolicy: { allowsFeature(f: string): boolean } }).featurePolicy.allowsFeature(
          'camera',
        ),
      );
    await page.goto(cameraPage);
    expect(await allowed(), 'the scan page may use the camera').toBe(true);
    await page.goto('/teach/results');
    expect(await allowed(), 'the gradebook may not').toBe(false);
  },
);

test('no file outside the site is served, however the path is spelled', { tag: '@export' }, async ({ baseURL }) => {
  // Node's http module, because fetch and Playwright's request tidy a path before sending it.
  const status = (rawPath: string) =>
    new Promise<number | undefined>((resolve, reject) => {
      const { hostname, port } = new URL(baseURL!);
      http
        .get({ hostname, port, path: rawPath }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
        .on('error', reject);
    });
  for (const rawPath of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f.git/config']) {
    expect([400, 404], rawPath).toContain(await status(rawPath));
  }
});

test(
  'a student’s whole journey runs with nothing refused by the policy and nothing sent elsewhere',
  { tag: '@export' },
  async ({ context, page, consoleErrors, foreignRequests }) => {
    const violations = await watchViolations(context);
    const documents: import('@playwright/test').Response[] = [];
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
          .evaluate((bar) => bar.querySelector('div')?.getBoundingClientRect().width ?? 0);
        expect(width, 'the progress bar shows progress').toBeGreaterThan(0);
      }
      await page
        .getByRole('button', { name: index === quiz.questions.length - 1 ? 'See my results' : 'Next question' })
        .click();
    }
    await expect(page.getByTestId('score')).toBeVisible();
    await page
      .getByRole('link', { name: /Read paragraph \d+ in context/ })
      .first()
      .click();
    await expect(page.getByTestId('quote-highlight')).toBeVisible();
    await page.goto('/quiz/no-such-quiz');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

    expect(unexpected(violations), 'no Content-Security-Policy violation').toEqual([]);
    const refusals = consoleErrors.filter((text) => /Content Security Policy|Refused to|Permissions-Policy/.test(text));
    expect(refusals, 'nothing refused or misread in the console').toEqual([]);
    const notFound = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(consoleErrors.filter((text) => text !== notFound)).toEqual([]);
    expect(foreignRequests, 'no request leaves the app’s origin').toEqual([]);
    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const response of documents) {
      expect(response.headers()['content-security-policy'], `a policy on ${response.url()}`).toBeTruthy();
    }
  },
);

test('looking at every page without answering saves nothing in the device’s local storage; starting a quiz does', async ({
  page,
}) => {
  const saved = () => page.evaluate(() => Object.keys(localStorage));
  // The quizzes' pages are one template filled with different questions: one quiz and its results stand for all.
  const routes = allRoutes().filter(
    (route) => !route.startsWith('/quiz/') || route === SAMPLE_ROUTES.quiz || route === SAMPLE_ROUTES.results,
  );
  for (const route of routes) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    expect(await saved(), `visiting ${route} saves nothing`).toEqual([]);
  }
  await page.goto('/quiz/the-vote-itself');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  expect(await saved()).toEqual(['sourcecheck-progress']);
});

test(
  'the policy refuses a script from another origin, eval, inline styles and being framed',
  { tag: '@export' },
  async ({ context, page, baseURL }) => {
    const violations = await watchViolations(context);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    const foreignResponses: string[] = [];
    page.on('response', (response) => {
      if (!response.url().startsWith(new URL(baseURL!).origin)) foreignResponses.push(response.url());
    });
    await page.goto('/quiz/the-vote-itself');
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();

    // Run by an inline script, later, as an injected script would be: Chromium exempts from CSP whatever runs
    // while the test driver's own evaluation is on the stack.
    const refused = await page.evaluate(
      () =>
        new Promise<{ evalRan: boolean; color: string }>((resolve) => {
          (window as unknown as { reportRefusals: typeof resolve }).reportRefusals = resolve;
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
    expect(refused.evalRan, 'eval is refused').toBe(false);
    expect(refused.color, 'an inline style attribute is refused').not.toBe('rgb(255, 0, 0)');
    await page.evaluate(() =>
      setTimeout(() => {
        const tracker = document.createElement('script');
        tracker.src = 'https://tracker.example/collect.js';
        document.head.append(tracker);
      }, 0),
    );

    const home = new URL('/', baseURL).href;
    const framed = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
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
      home,
    );
    expect(framed, 'the app does not show inside a frame, even its own').toBe('blocked');

    await page.waitForTimeout(200);
    const refusals = violations.map(({ directive, blocked }) => `${directive} ${blocked}`);
    expect(refusals, 'eval is reported').toContain('script-src eval');
    expect(refusals, 'the inline style is reported').toContain('style-src-attr inline');
    expect(refusals, 'the foreign script is refused').toContain('script-src-elem https://tracker.example/collect.js');
    expect(foreignResponses, 'the refused script never reaches the network').toEqual([]);
    expect(failed, 'blocked by the policy').toContain('https://tracker.example/collect.js csp');
    expect(failed, 'framing').toContain(`${home} net::ERR_BLOCKED_BY_RESPONSE`);
  },
);
