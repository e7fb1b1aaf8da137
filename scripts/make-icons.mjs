// Draws the app's PNG icons from app/icon.svg with Debian's Chromium (playwright-core), so there is one drawing
// and no image tool to install. Run it after changing app/icon.svg and commit what it writes:
//   node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../app/icon.svg', import.meta.url), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const THEME = '#1e3a8a'; // the icon's own background, also the manifest's theme_color

// `inset` is the icon's share of the square. A maskable icon is cropped to a circle or squircle by the launcher and
// must keep its drawing inside the central 80%; an Apple touch icon is filled edge to edge and rounded by iOS.
// Both stand on the icon's own blue, so the SVG's rounded corners disappear into it.
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, inset: 1, background: 'transparent' },
  { file: 'public/icons/icon-512.png', size: 512, inset: 1, background: 'transparent' },
  { file: 'public/icons/icon-maskable-512.png', size: 512, inset: 0.7, background: THEME },
  { file: 'app/apple-icon.png', size: 180, inset: 1, background: THEME },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, inset, background } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const side = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">` +
        `<img src="${src}" width="${side}" height="${side}" alt=""></body>`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    writeFileSync(new URL(`../${file}`, import.meta.url), await page.screenshot({ omitBackground: true }));
    console.log(`wrote ${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
