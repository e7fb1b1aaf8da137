import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentIds } from '../scripts/bench/pages.mjs';
import { BASE_URL, answer, openPhone, readQuiz, sharedBrowser } from './support.mjs';

const { quizzes: quizIds, sources: sourceIds } = contentIds();
const fold = (text) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

const browser = sharedBrowser();

/** The precache list that scripts/build-sw.mjs wrote into the served worker. */
async function servedPrecache() {
  const worker = await (await fetch(`${BASE_URL}/sw.js`)).text();
  const match = /^const BUILD = (\{.*\});$/m.exec(worker);
  assert.ok(match, '/sw.js carries the precache list of the build');
  return JSON.parse(match[1]);
}

/** Answers every question the way a student would, by the choices' visible text: right unless `wrong(index)`. */
async function takeQuiz(page, quiz, wrong = () => false) {
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let right = 0;
  for (const [index, question] of quiz.questions.entries()) {
    await answer(page, question, { right: !wrong(index) });
    if (!wrong(index)) right += 1;
    const last = index === quiz.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
  }
  await page.waitForURL(`**/quiz/${quiz.id}/results`);
  const score = page.getByTestId('score');
  await score.waitFor();
  const total = quiz.questions.length;
  assert.equal(await score.textContent(), `${right} of ${total} right (${Math.round((right / total) * 100)}%)`);
}

test('the build’s worker precaches every page, RSC payload and static file', async () => {
  const { pages, flight, notFound, assets } = await servedPrecache();
  const appPages = ['/', '/assignment', '/progress', '/review', '/teach', '/teach/print', '/teach/results'];
  const expected = [...appPages, ...quizIds.flatMap((id) => [`/quiz/${id}`, `/quiz/${id}/results`])];
  expected.push(...sourceIds.map((id) => `/sources/${id}`));
  assert.deepEqual([...pages].sort(), expected.sort());
  if (process.env.E2E_TARGET === 'export') {
    // An export has no server to choose a payload by request headers: each page's payload is a .txt file beside it.
    assert.deepEqual(flight, []);
    for (const page of expected) assert.ok(assets.includes(page === '/' ? '/index.txt' : `${page}.txt`), page);
    assert.equal(notFound, '/404.html');
  } else {
    assert.deepEqual([...flight].sort(), expected.sort(), 'every page has its RSC payload');
    assert.equal(notFound, '/_not-found');
  }
  assert.ok(assets.some((a) => /^\/_next\/static\/chunks\/.+\.js$/.test(a)));
  assert.ok(assets.some((a) => /^\/_next\/static\/.+\.css$/.test(a)));
  assert.ok(assets.includes('/manifest.webmanifest') && assets.includes('/icons/icon-512.png'));
});

test('after one visit to the catalogue, a student takes quizzes never opened before with no network', async () => {
  const { context, page, consoleErrors, foreignRequests } = await openPhone(browser());
  const precache = await servedPrecache();

  await page.goto('/');
  // The worker activates only once its install, which fetches the whole precache, has succeeded.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 30_000,
  });
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    return Promise.all(names.map(async (name) => [name, (await (await caches.open(name)).keys()).length]));
  });
  const urls = precache.pages.length + precache.flight.length + precache.assets.length + 1;
  assert.deepEqual(cached, [[`sourcecheck-${precache.version}`, urls]], 'one cache, holding every URL of the build');

  // Airplane mode, for the pages and for the worker's own fetches: the worker still tries the network first for
  // pages and RSC payloads, and every one of those tries must fail.
  await context.setOffline(true);
  const reachedServer = [];
  const triedServer = [];
  context.on('requestfinished', (request) => request.serviceWorker() && reachedServer.push(request.url()));
  context.on('requestfailed', (request) => request.serviceWorker() && triedServer.push(request.url()));
  assert.equal(await page.evaluate(() => navigator.onLine), false);

  // A quiz never opened, by its address.
  const typed = readQuiz('china-and-iran');
  await page.goto(`/quiz/${typed.id}`);
  await page.getByRole('heading', { level: 1, name: typed.title }).waitFor();
  await takeQuiz(page, typed);

  // Another one from the catalogue: a client-side navigation, on RSC payloads from the cache.
  const clicked = readQuiz('proxies-and-ukraine');
  await page.goto('/');
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  await page.getByRole('link', { name: clicked.title }).click();
  await page.waitForURL(`**/quiz/${clicked.id}`);
  await page.getByRole('heading', { level: 1, name: clicked.title }).waitFor();
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the link navigated without loading a page');
  await takeQuiz(page, clicked, (index) => index % 2 === 1);

  // A quote in context, from the results review (client-side) and by its address.
  const { quote } = clicked.questions[0];
  await page
    .getByRole('link', { name: `Read paragraph ${quote.paragraph} in context` })
    .first()
    .click();
  await page.waitForURL(`**/sources/${quote.sourceId}?quote=**#p-${quote.paragraph}`);
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the source opened without loading a page');
  const mark = page.getByTestId('quote-highlight');
  await mark.waitFor();
  assert.equal(fold(await mark.textContent()), fold(quote.text));

  const other = typed.questions[1].quote;
  await page.goto(`/sources/${other.sourceId}?quote=${encodeURIComponent(other.text)}#p-${other.paragraph}`);
  await mark.waitFor();
  assert.equal(fold(await mark.textContent()), fold(other.text));
  assert.ok(await page.locator(`#p-${other.paragraph}`).evaluate((el) => el.contains(document.querySelector('mark'))));

  assert.deepEqual(consoleErrors, [], 'no console errors or warnings offline');
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(reachedServer, [], 'the worker reached no server while offline');
  assert.ok(triedServer.length > 0, 'the worker’s own requests are watched');

  const missing = await page.goto('/quiz/no-such-quiz');
  assert.equal(missing.status(), 404);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await context.close();
});

test('the web app manifest is served, with icons that load at their stated sizes', async () => {
  const response = await fetch(`${BASE_URL}/manifest.webmanifest`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/manifest\+json/);
  const manifest = await response.json();
  assert.equal(manifest.name, 'SourceCheck');
  assert.ok(manifest.short_name);
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.theme_color, '#1e3a8a');
  assert.equal(manifest.background_color, '#f8fafc');

  const html = await (await fetch(BASE_URL)).text();
  assert.match(html, /<link rel="manifest" href="\/manifest.webmanifest"/);
  const apple = /<link rel="apple-touch-icon" href="([^"]+)" sizes="180x180"/.exec(html);
  assert.ok(apple, 'the pages name an Apple touch icon');

  const icons = [...manifest.icons, { src: apple[1], sizes: '180x180', type: 'image/png' }];
  assert.deepEqual(manifest.icons.map((icon) => icon.sizes).sort(), ['192x192', '512x512', '512x512']);
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));
  for (const icon of icons) {
    const image = await fetch(new URL(icon.src, BASE_URL));
    assert.equal(image.status, 200, icon.src);
    assert.equal(image.headers.get('content-type'), icon.type, icon.src);
    const png = Buffer.from(await image.arrayBuffer());
    // A PNG's IHDR chunk holds its width and height at bytes 16 and 20.
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
});

test('a new build’s worker takes over from the old one, and the student’s progress and offline use survive', async () => {
  const { context, page, consoleErrors } = await openPhone(browser());
  const served = await (await fetch(`${BASE_URL}/sw.js`)).text();
  const { version } = await servedPrecache();
  const cacheNames = () => page.evaluate(() => caches.keys());

  await page.goto('/quiz/china-and-iran');
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 30_000,
  });
  assert.deepEqual(await cacheNames(), [`sourcecheck-${version}`]);
  const quiz = readQuiz('china-and-iran');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, quiz.questions[0], { right: true });

  // The next deploy: the same worker with another build's version, as `npm run build` writes it.
  const next = `${version}-next`;
  assert.ok(served.includes(`"version":"${version}"`));
  await context.route('**/sw.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript; charset=utf-8',
      body: served.replace(`"version":"${version}"`, `"version":"${next}"`),
    }),
  );
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await page.waitForFunction(
    async (name) => {
      const names = await caches.keys();
      return names.length === 1 && names[0] === name && navigator.serviceWorker.controller?.state === 'activated';
    },
    `sourcecheck-${next}`,
    { timeout: 30_000 },
  );

  // The open page carries on under the new worker, and a reload resumes where the student is.
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.reload();
  await page.getByText(`Question 2 of ${quiz.questions.length}`).waitFor();

  await context.setOffline(true);
  const other = readQuiz('proxies-and-ukraine');
  await page.goto(`/quiz/${other.id}`);
  await page.getByRole('heading', { level: 1, name: other.title }).waitFor();
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
