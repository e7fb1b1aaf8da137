// Takes the README's pictures: every screen of e2e/screens.mts on a phone and on a laptop, light and dark, into
// docs/screenshots/<screen>-<phone|laptop>-<light|dark>.png, then rewrites the README's table of them (between its
// "screens" markers, nothing else). It serves the build that is there: run `npm run build` first.
//   npm run screenshots
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContextOptions, type Page } from '@playwright/test';
import * as prettier from 'prettier';
import { DEVICES, SCHEMES, SCREENS, screenshotFile as file, type Device, type Screen } from '../e2e/screens.mts';
import { repo, startNext } from './bench/servers.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

const START = '<!-- screens: from here to the end marker, written by npm run screenshots -->';
const END = '<!-- screens: end -->';

if (!existsSync(path.join(repo, '.next', 'BUILD_ID'))) {
  console.error('There is no build in .next: run `npm run build` first.');
  process.exit(1);
}
const readmePath = path.join(repo, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const [before, rest] = readme.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined) {
  console.error(`README.md has no region between\n${START}\nand\n${END}\nfor the table of screens.`);
  process.exit(1);
}

/** Waits until the page has stopped moving (a smooth scroll, a repaint after the colour scheme changed). */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    // No named function in here: tsx would wrap it in a helper the page does not have.
    let y = -1;
    while (y !== window.scrollY) {
      y = window.scrollY;
      for (let i = 0; i < 5; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

// A drop box of this run's own, thrown away after, as the browser tests have.
const dropBox = mkdtempSync(path.join(tmpdir(), 'sourcecheck-screenshots-'));
const server = await startNext(repo, { DROP_BOX_DATA: dropBox });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
try {
  for (const [device, options] of Object.entries(DEVICES) as [Device, BrowserContextOptions][]) {
    for (const screen of SCREENS) {
      const context = await browser.newContext({
        ...options,
        baseURL: server.url,
        locale: 'en-US',
        timezoneId: 'America/New_York',
      });
      const page = await context.newPage();
      await (await screen.show(page)).waitFor();
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await settle(page);
        const target = file(screen, device, colorScheme);
        mkdirSync(path.dirname(path.join(repo, target)), { recursive: true });
        await page.screenshot({ path: path.join(repo, target), animations: 'disabled', caret: 'hide' });
        console.log(`${target}: ${Math.round(statSync(path.join(repo, target)).size / 1024)} KiB`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dropBox, { recursive: true, force: true });
}

const img = (screen: Screen, device: Device, width: number) =>
  `<img src="${file(screen, device, 'light')}" width="${width}" alt="${screen.title}, on a ${device}">`;
const table = [
  '| Screen | Phone | Laptop |',
  '| --- | --- | --- |',
  ...SCREENS.map(
    (screen) =>
      `| ${screen.title}<br>Dark: [phone](${file(screen, 'phone', 'dark')}), [laptop](${file(screen, 'laptop', 'dark')}) ` +
      `| ${img(screen, 'phone', 195)} | ${img(screen, 'laptop', 400)} |`,
  ),
].join('\n');
const written = `${before}${START}\n\n${table}\n\n${END}${after}`;
const options = await prettier.resolveConfig(readmePath);
writeFileSync(readmePath, await prettier.format(written, { ...options, filepath: readmePath }));
console.log(`README.md: the table of ${SCREENS.length} screens`);
