// The text settings: chosen once in the header's panel, kept on the device, applied before the first paint of
// every page, and every page still fits a 320 px phone with each setting at its largest.
import type { Page } from '@playwright/test';
import { allRoutes } from '../scripts/bench/pages.mjs';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './support.mts';

const KEY = 'sourcecheck:text-settings';
const LARGEST = { size: '200', lineHeight: '2', letterSpacing: '0.16', wordSpacing: '0.32', typeface: 'atkinson' };

/** Records, from before the page's first script, how <html> looks at DOMContentLoaded and every layout shift. */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const record = { shift: 0, fontSize: '', lineHeight: '' };
    (window as unknown as { firstPaint: typeof record }).firstPaint = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      record.fontSize = getComputedStyle(document.documentElement).fontSize;
      const paragraph = document.querySelector('main p') ?? document.body;
      record.lineHeight = getComputedStyle(paragraph).lineHeight;
    });
  });
}

const firstPaint = (page: Page) =>
  page.evaluate(() => (window as unknown as { firstPaint: { shift: number; fontSize: string } }).firstPaint);

test('a student sets large, spaced text in Atkinson Hyperlegible, and every page opens with it from the first paint', async ({
  page,
  consoleErrors,
  foreignRequests,
}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (/atkinson/i.test(request.url())) fontRequests.push(request.url());
  });
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Text settings' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.waitForLoadState('networkidle');
  expect(fontRequests, 'the typeface is fetched only once a student chooses it').toEqual([]);

  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Text settings' });
  await expect(panel).toContainText('none is a cure');
  await panel.getByRole('radio', { name: '200%' }).check();
  await panel
    .getByRole('group', { name: 'Space between lines' })
    .getByRole('radio', { name: 'Twice the text' })
    .check();
  await panel.getByRole('group', { name: 'Space between letters' }).getByRole('radio', { name: 'Widest' }).check();
  await panel.getByRole('group', { name: 'Space between words' }).getByRole('radio', { name: 'Widest' }).check();
  await panel.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
  await expect(page.locator('html')).toHaveCSS('font-size', '32px');
  await expect(page.locator('body')).toHaveCSS('font-family', /^"Atkinson Hyperlegible"/);
  await expect.poll(() => fontRequests.length, 'the chosen typeface loads').toBeGreaterThan(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `the text settings open, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await watchFirstPaint(page);
  for (const path of ['/', '/quiz/the-vote-itself', '/sources/npr-2021-03-16-russia-2020-election']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const first = await firstPaint(page);
    expect(first.fontSize, `${path} has the student's size before any script of the app runs`).toBe('32px');
    expect(first.shift, `${path} moves nothing once it has painted`).toBe(0);
  }
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY)).toEqual(LARGEST);

  await page.getByRole('button', { name: 'Text settings' }).click();
  await page.getByRole('button', { name: 'Back to the usual text' }).click();
  await expect(page.locator('html')).toHaveCSS('font-size', '16px');
  await page.reload();
  await expect(page.locator('html')).toHaveCSS('font-size', '16px');
  expect(foreignRequests).toEqual([]);
  expect(fontRequests.every((url) => url.startsWith(new URL(page.url()).origin))).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('a device that will not keep the settings applies them for the page and says they will not last', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Text settings' }).click();
  await page.getByRole('radio', { name: '150%' }).check();
  await expect(page.locator('html')).toHaveCSS('font-size', '24px');
  await expect(page.getByRole('status').filter({ hasText: 'would not keep' })).toBeVisible();
});

test.describe('at 320 px with every setting at its largest', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways', async ({ page, consoleErrors }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      KEY,
      JSON.stringify(LARGEST),
    ] as const);
    // The widest case is the typeface in use: load it once, so that every page paints in it (it is `optional`).
    await page.goto('/');
    await page.evaluate(() => document.fonts.load('700 1em "Atkinson Hyperlegible"'));
    for (const path of allRoutes()) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveCSS('font-size', '32px');
      expect(await page.evaluate(() => document.fonts.check('1em "Atkinson Hyperlegible"'))).toBe(true);
      await expectNoHorizontalScroll(page, `${path} at 320 px, largest text`);
    }
    expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});
