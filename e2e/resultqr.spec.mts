// A result that comes back by itself: the student's finished page shows it as a QR code, which an independent
// reader (Debian's zbarimg) reads as a link that opens in the gradebook, and which the gradebook's scan page reads
// through a camera. Chromium's fake camera plays a .y4m file written here; Debian's Chromium has no
// BarcodeDetector, so the page reads the frames with its jsQR fallback.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Page, type TestInfo } from '@playwright/test';
import QRCode from 'qrcode';
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium.mjs';
import {
  choose,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  present,
  readQuiz,
  repo,
  test,
} from './support.mts';

const quiz = readQuiz('the-vote-itself');

/** A camera that shows `text` as a QR code: one 640×480 frame of YUV 4:2:0, which Chromium plays in a loop. */
function fakeCameraFile(testInfo: TestInfo, text: string): string {
  const [width, height, quiet] = [640, 480, 4];
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const size = modules.size + 2 * quiet;
  const scale = Math.floor(height / size);
  const [left, top] = [Math.floor((width - size * scale) / 2), Math.floor((height - size * scale) / 2)];
  const luma = Buffer.alloc(width * height, 255);
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1) {
        const start = (top + (row + quiet) * scale + y) * width + left + (col + quiet) * scale;
        luma.fill(0, start, start + scale);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const file = testInfo.outputPath('camera.y4m');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]),
  );
  return file;
}

/** A teacher's phone whose camera shows `text`, in a browser of its own (the fake camera is a launch flag). */
async function withCameraShowing<T>(
  testInfo: TestInfo,
  baseURL: string,
  text: string,
  use: (page: Page, problems: string[]) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_FLAGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${fakeCameraFile(testInfo, text)}`,
    ],
  });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => void (['error', 'warning'].includes(m.type()) && problems.push(m.text())));
    page.on('pageerror', (error) => problems.push(error.message));
    context.on('request', (r) => void (!r.url().startsWith(baseURL) && problems.push(`request to ${r.url()}`)));
    return await use(page, problems);
  } finally {
    await browser.close();
  }
}

/** Starts the camera on the scan page and waits for the code in front of it to be read. */
async function scan(page: Page, said: RegExp) {
  await page.goto('/teach/results/scan');
  await page.getByRole('button', { name: 'Start the camera' }).click();
  await expect(page.getByRole('button', { name: 'Stop the camera' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Code 1/ })).toHaveText(said);
}

test('a student’s result QR code is read by another reader, opens the gradebook, and is read by the scan page’s camera', async ({
  page,
  baseURL,
  openPhone,
  consoleErrors,
  foreignRequests,
}, testInfo) => {
  await page.goto('/teach');
  await page
    .getByRole('group', { name: quiz.title })
    .getByRole('checkbox', { name: /^All \d+ questions/ })
    .check();
  await page.getByRole('textbox', { name: 'Title' }).fill('Period 3 warm-up');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();

  const student = await openPhone();
  const s = student.page;
  await s.goto(link);
  await s.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await s.getByRole('button', { name: 'Start the assignment' }).click();
  const total = quiz.questions.length;
  for (let index = 0; index < total; index += 1) {
    const prompt = await s.getByRole('heading', { level: 2 }).first().textContent();
    const question = present(
      quiz.questions.find((q) => q.prompt === prompt),
      `question ${prompt}`,
    );
    await choose(s, question, { right: index !== 0 });
    await s.getByRole('button', { name: 'Check' }).click();
    await s.getByRole('button', { name: index === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  const code = s.getByRole('img', { name: 'QR code of your result link, Ana Lopez' });
  await expect(code).toBeVisible();
  const box = present((await code.boundingBox()) ?? undefined, 'the QR code’s box');
  expect(box.width, 'the code fills the phone’s width, for a camera at arm’s length').toBeGreaterThan(300);
  await expectNoAxeViolations(s, 'the receipt with its QR code');
  await expectNoHorizontalScroll(s, 'the receipt with its QR code');
  const screenshot = testInfo.outputPath('result-qr.png');
  await code.screenshot({ path: screenshot });
  const plainLink = await s.getByRole('textbox', { name: 'Your result link' }).inputValue();
  expect(student.consoleErrors).toEqual([]);
  expect(student.foreignRequests).toEqual([]);

  // zbarimg, not the app's own code, says what the QR code holds.
  const read = execFileSync('zbarimg', ['--raw', '-q', screenshot], { encoding: 'utf8', cwd: repo }).trim();
  expect(read).toMatch(new RegExp(`^${baseURL}/teach/results#r2\\.[A-Za-z0-9_-]+$`));
  expect(read.length, 'the compressed link is less than half the plain one').toBeLessThan(plainLink.length / 2);

  await page.goto(read);
  await expect(page.getByText('1 imported, 0 already here, 0 not imported.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Results for Period 3 warm-up' });
  await expect(table.getByRole('row', { name: /Ana Lopez/ })).toContainText(`${total - 1} of ${total}`);
  // The plain link as a reply quotes it after Outlook wrapped it at 76 characters: put back together, and known.
  const wrapped = `Ana wrote:\n${plainLink
    .match(/.{1,76}/g)!
    .map((line) => `> ${line}`)
    .join('\n')}\n> thanks`;
  await page.getByRole('textbox', { name: 'Paste result links' }).fill(wrapped);
  await page.getByRole('button', { name: 'Import results' }).click();
  await expect(page.getByText('0 imported, 1 already here, 0 not imported.')).toBeVisible();
  await page.getByRole('link', { name: 'Scan results with the camera' }).click();
  await expect(page.getByRole('heading', { name: 'Scan results' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);

  await withCameraShowing(testInfo, baseURL!, read, async (teacher, problems) => {
    expect(
      await teacher.evaluate(() => 'BarcodeDetector' in window),
      'Debian’s Chromium has no BarcodeDetector: this reads with jsQR',
    ).toBe(false);
    await scan(teacher, new RegExp(`^Code 1: .*Ana Lopez.*: ${total - 1} of ${total}: imported\\.$`));
    const scanned = teacher.getByRole('listitem').filter({ hasText: 'Code 1' });
    await expect(scanned.locator('svg path'), 'a tick beside the name').toHaveAttribute('d', /^M4 10\.5/);
    await expectNoAxeViolations(teacher, 'the scan page with the camera on');
    await expectNoHorizontalScroll(teacher, 'the scan page with the camera on');
    await teacher.getByRole('button', { name: 'Stop the camera' }).click();
    expect(
      await teacher.evaluate(() =>
        (document.querySelector('video')?.srcObject as MediaStream).getTracks().every((t) => t.readyState === 'ended'),
      ),
      'the camera is off',
    ).toBe(true);

    // The same code again, on a new visit: the result is not imported twice, and the page says so.
    await scan(teacher, new RegExp(`^Code 1: .*Ana Lopez.*: ${total - 1} of ${total}, already in the gradebook\\.$`));
    await teacher.getByRole('link', { name: 'Back to the gradebook' }).click();
    const rows = teacher
      .getByRole('table', { name: 'Results for Period 3 warm-up' })
      .getByRole('row', { name: /Ana Lopez/ });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(`${total - 1} of ${total}`);
    expect(problems).toEqual([]);
  });
});

test(
  'the scan page reads a result from the camera when served as a static export too',
  { tag: '@export' },
  async ({ baseURL }, testInfo) => {
    const email = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/resultEmail.ts', '1'], {
      encoding: 'utf8',
      cwd: repo,
    });
    const resultLink = present(/https:\S+/.exec(email)?.[0], 'a result link in the email');
    await withCameraShowing(testInfo, baseURL!, resultLink, async (teacher, problems) => {
      await scan(teacher, /^Code 1: .*Student 1.*: \d+ of \d+: imported\.$/);
      expect(problems).toEqual([]);
    });
  },
);

test('without a camera the scan page says so, and sends the teacher to the paste box', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/teach/results/scan');
  await page.getByRole('button', { name: 'Start the camera' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'camera' })).toContainText(
    /paste the result links in the gradebook instead/i,
  );
  await expectNoAxeViolations(page, 'the scan page without a camera');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'the scan page without a camera, dark');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page, 'the scan page at 320 px');
  await page.getByRole('link', { name: 'Back to the gradebook' }).click();
  await expect(page.getByRole('textbox', { name: 'Paste result links' })).toBeEditable();
  expect(consoleErrors).toEqual([]);
});

test('a camera the teacher refuses is said so, with where to allow it', async ({ baseURL }) => {
  // A camera is there (the fake one), but the page is never granted it: Chromium refuses when nobody answers.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream'],
  });
  try {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await page.goto('/teach/results/scan');
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'camera' })).toHaveText(
      /^SourceCheck may not use the camera\. Allow it in the browser’s settings for this site, or paste/,
    );
    await expect(page.getByRole('button', { name: 'Start the camera' }), 'it can be asked again').toBeEnabled();
  } finally {
    await browser.close();
  }
});
