// Links arrive mangled: an email client leaves a trailing '%', a chat app cuts an escape in half, someone pastes
// markup or direction overrides. Every page must still render its own heading, never Next's error screen, and
// the pages that read the fragment must say in plain words that the link is damaged.
import type { Page } from '@playwright/test';
import { SAMPLE_ROUTES, allRoutes } from '../scripts/bench/pages.mjs';
import { expect, test, type Target } from './support.mts';

/** Written as a browser's address bar would send them: Chromium keeps '%' sequences in a fragment as typed. */
const FRAGMENTS = [
  '#%',
  '#%E0%A4%A',
  '#a1.xyz%',
  '#r1.%ZZ',
  '#a1.%00%',
  '#%3Cscript%3Ealert(1)%3C/script%3E%',
  '#<script>alert(1)</script>',
  '#%E2%80%AEa1.evil%',
  `#a1.${'A'.repeat(20_000)}%`,
  `#${'%E0'.repeat(5_000)}`,
];
const QUERIES = [
  '?quote=%',
  '?quote=%E0%A4%A',
  '?quote=%00',
  '?quote=%3Cscript%3E',
  `?quote=${'%E2%80%AE'.repeat(500)}`,
];
const CASES = [...FRAGMENTS, ...QUERIES, `${QUERIES[0]}${FRAGMENTS[0]}`];
/**
 * Pages that read neither the fragment nor the query share only the layout with the rest: a few of each kind
 * prove it, and keep this test to seconds a page. The pages that read them get every case.
 */
const LAYOUT_CASES = [FRAGMENTS[0]!, FRAGMENTS[1]!, QUERIES[1]!, `${QUERIES[0]}${FRAGMENTS[0]}`];

/** What each page that reads the fragment says about a link it cannot use. */
const DAMAGED: Record<string, { role: 'alert' | 'status'; text: RegExp }> = {
  '/assignment': { role: 'alert', text: /This assignment link cannot be opened/ },
  '/teach/print': { role: 'alert', text: /This assignment link cannot be opened/ },
  '/teach/results': { role: 'status', text: /not imported\..*ask the student to copy the whole link/s },
};

function casesFor(route: string, target: Target) {
  const cases = route in DAMAGED ? CASES : route.startsWith('/sources/') ? [...QUERIES, ...LAYOUT_CASES] : LAYOUT_CASES;
  // A fragment never reaches the server, so the export, whose pages are the same files, is tried only with what
  // does: the query.
  return target === 'export' ? cases.filter((suffix) => suffix.startsWith('?')) : cases;
}

const NEXT_ERROR_SCREEN = /This page couldn[’']t load|Application error|client-side exception/;
/** app/(site)/error.tsx: better than Next's screen, but a damaged link is not a failed page. */
const APP_ERROR_PAGE = 'This page stopped working';

/** Lets hydration and the effects that read the URL run: nothing a test can wait for appears when all is well. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2_000 }))),
  );
}

/**
 * Every page but the quizzes', which are one template filled with different questions, none of which reads the
 * address: one quiz and its results stand for all of them.
 */
const ROUTES = allRoutes().filter(
  (route) => !route.startsWith('/quiz/') || route === SAMPLE_ROUTES.quiz || route === SAMPLE_ROUTES.results,
);

/**
 * The export serves these pages as the same files `next start` does, and only the query reaches its server: nginx
 * (deploy/nginx.conf) is tried with one page of each of its locations (a page, the camera page, the 404 page) and
 * with the source page, which reads the query. The rest run against `next start` alone.
 */
const EXPORT_ROUTES = new Set([SAMPLE_ROUTES.home, SAMPLE_ROUTES.source, SAMPLE_ROUTES.scan, SAMPLE_ROUTES.notFound]);

for (const route of ROUTES) {
  test(
    `${route} survives mangled fragments and query strings`,
    { tag: EXPORT_ROUTES.has(route) ? '@export' : [] },
    async ({ page, consoleErrors, target }) => {
      const failures = [];
      for (const suffix of casesFor(route, target)) {
        const label = `${route}${suffix.length > 40 ? `${suffix.slice(0, 40)}… (${suffix.length} chars)` : suffix}`;
        consoleErrors.length = 0;
        // From a blank page, so that a change of fragment alone is a new load, as when a student opens a link.
        await page.goto('about:blank');
        await page.goto(`${route}${suffix}`);
        const damaged = suffix.includes('#') ? DAMAGED[route] : undefined;
        if (damaged) {
          await page
            .getByRole(damaged.role)
            .filter({ hasText: damaged.text })
            .or(page.getByText(NEXT_ERROR_SCREEN))
            .or(page.getByRole('heading', { name: APP_ERROR_PAGE }))
            .first()
            .waitFor();
        }
        await settle(page);
        const text = await page.locator('body').innerText();
        if (NEXT_ERROR_SCREEN.test(text)) failures.push(`${label}: Next's error screen`);
        if (text.includes(APP_ERROR_PAGE)) failures.push(`${label}: the app's error page`);
        if (
          !(await page
            .locator('main h1')
            .first()
            .isVisible()
            .catch(() => false))
        ) {
          failures.push(`${label}: no page heading`);
        }
        if (damaged && (await page.getByRole(damaged.role).filter({ hasText: damaged.text }).count()) === 0) {
          failures.push(`${label}: no message that the link is damaged`);
        }
        // Chromium logs the 404 page's own response as a failed load; that is the page working.
        const errors =
          route === SAMPLE_ROUTES.notFound ? consoleErrors.filter((e) => !/status of 404/.test(e)) : consoleErrors;
        if (errors.length > 0) failures.push(`${label}: ${errors.join(' | ').slice(0, 300)}`);
      }
      expect(failures, `\n${failures.join('\n')}`).toEqual([]);
    },
  );
}
