// The service worker and the web app manifest: offline use after one visit, and a new build's worker taking
// over. Both depend on how the app is served (payloads by request header, or as .txt files; the 404 page), so
// they run against the static export too.
import type { APIRequestContext, Page } from '@playwright/test';
import { APP_ROUTES, contentIds } from '../scripts/bench/pages.mjs';
import { answer, expect, present, readQuiz, test, type Quiz, fold } from './support.mts';

const { quizzes: quizIds, sources: sourceIds } = contentIds();

type Precache = { version: string; pages: string[]; flight: string[]; notFound: string; assets: string[] };

/** The precache list that scripts/build-sw.mjs wrote into the served worker. */
async function servedPrecache(request: APIRequestContext): Promise<Precache> {
  const worker = await (await request.get('/sw.js')).text();
  const match = /^const BUILD = (\{.*\});$/m.exec(worker);
  expect(match, '/sw.js carries the precache list of the build').toBeTruthy();
  return JSON.parse(match![1]!);
}

/** Answers every question the way a student would, by the choices' visible text: right unless `wrong(index)`. */
async function takeQuiz(page: Page, quiz: Quiz, wrong: (index: number) => boolean = () => false) {
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let right = 0;
  for (const [index, question] of quiz.questions.entries()) {
    await answer(page, question, { right: !wrong(index) });
    if (!wrong(index)) right += 1;
    const last = index === quiz.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my results' : 'Next question' }).click();
  }
  await page.waitForURL(`**/quiz/${quiz.id}/results`);
  const total = quiz.questions.length;
  await expect(page.getByTestId('score')).toHaveText(
    `${right} of ${total} right (${Math.round((right / total) * 100)}%)`,
  );
}

const activated = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });

test.describe('offline', { tag: '@export' }, () => {
  test('the build’s worker precaches every page, RSC payload and static file', async ({ request, target }) => {
    const { pages, flight, notFound, assets } = await servedPrecache(request);
    const expected = [...APP_ROUTES, ...quizIds.flatMap((id) => [`/quiz/${id}`, `/quiz/${id}/results`])];
    expected.push(...sourceIds.map((id) => `/sources/${id}`));
    expect([...pages].sort()).toEqual(expected.sort());
    if (target === 'export') {
      // An export has no server to choose a payload by request headers: each page's payload is a .txt file beside it.
      expect(flight).toEqual([]);
      for (const page of expected) expect(assets, page).toContain(page === '/' ? '/index.txt' : `${page}.txt`);
      expect(notFound).toBe('/404.html');
    } else {
      expect([...flight].sort(), 'every page has its RSC payload').toEqual(expected.sort());
      expect(notFound).toBe('/_not-found');
    }
    expect(assets.some((a) => /^\/_next\/static\/chunks\/.+\.js$/.test(a))).toBe(true);
    expect(assets.some((a) => /^\/_next\/static\/.+\.css$/.test(a))).toBe(true);
    expect(assets).toContain('/manifest.webmanifest');
    // The questions the review deck, assignments and the gradebook fetch rather than carry in their pages.
    expect(assets).toContain('/bank.json');
    expect(assets).toContain('/icons/icon-512.png');
  });

  test('after one visit to the catalogue, a student takes quizzes never opened before with no network', async ({
    context,
    page,
    request,
    consoleErrors,
    foreignRequests,
  }) => {
    const precache = await servedPrecache(request);

    await page.goto('/');
    // The worker activates only once its install, which fetches the whole precache, has succeeded.
    await activated(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      return Promise.all(names.map(async (name) => [name, (await (await caches.open(name)).keys()).length]));
    });
    const urls = precache.pages.length + precache.flight.length + precache.assets.length + 1;
    expect(cached, 'one cache, holding every URL of the build').toEqual([[`sourcecheck-${precache.version}`, urls]]);

    // Airplane mode, for the pages and for the worker's own fetches: the worker still tries the network first for
    // pages and RSC payloads, and every one of those tries must fail.
    await context.setOffline(true);
    const reachedServer: string[] = [];
    const triedServer: string[] = [];
    context.on('requestfinished', (request) => {
      if (request.serviceWorker()) reachedServer.push(request.url());
    });
    context.on('requestfailed', (request) => {
      if (request.serviceWorker()) triedServer.push(request.url());
    });
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A quiz never opened, by its address.
    const typed = readQuiz('china-and-iran');
    await page.goto(`/quiz/${typed.id}`);
    await expect(page.getByRole('heading', { level: 1, name: typed.title })).toBeVisible();
    await takeQuiz(page, typed);

    // Another one from the catalogue: a client-side navigation, on RSC payloads from the cache.
    const clicked = readQuiz('proxies-and-ukraine');
    await page.goto('/');
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const sameDocument = () => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument);
    await page.getByRole('link', { name: clicked.title }).click();
    await page.waitForURL(`**/quiz/${clicked.id}`);
    await expect(page.getByRole('heading', { level: 1, name: clicked.title })).toBeVisible();
    expect(await sameDocument(), 'the link navigated without loading a page').toBe(true);
    await takeQuiz(page, clicked, (index) => index % 2 === 1);

    // A quote in context, from the results review (client-side) and by its address.
    const { quote } = present(clicked.questions[0], 'first question');
    await page
      .getByRole('link', { name: `Read paragraph ${quote.paragraph} in context` })
      .first()
      .click();
    await page.waitForURL(`**/sources/${quote.sourceId}?quote=**#p-${quote.paragraph}`);
    expect(await sameDocument(), 'the source opened without loading a page').toBe(true);
    const mark = page.getByTestId('quote-highlight');
    await expect(mark).toBeVisible();
    expect(fold(await mark.textContent())).toBe(fold(quote.text));

    const other = present(typed.questions[1], 'second question').quote;
    await page.goto(`/sources/${other.sourceId}?quote=${encodeURIComponent(other.text)}#p-${other.paragraph}`);
    await expect(mark).toBeVisible();
    expect(fold(await mark.textContent())).toBe(fold(other.text));
    expect(
      await page.locator(`#p-${other.paragraph}`).evaluate((el) => el.contains(document.querySelector('mark'))),
    ).toBe(true);

    // An assignment never opened: its questions come from the precached bank, not from its page.
    const assigned = present(clicked.questions[1], 'second question');
    const assignment = {
      version: 1,
      id: 'offline1',
      questions: [`${clicked.id}:${assigned.id}`],
      shuffleQuestions: false,
      shuffleChoices: false,
      feedback: 'practice',
      title: 'Offline homework',
      // Not this content's fingerprint: the page says the questions changed, and the link still opens.
      contentVersion: '00000000',
    };
    await page.goto(`/assignment#a1.${Buffer.from(JSON.stringify(assignment)).toString('base64url')}`);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Ana');
    await page.getByRole('button', { name: 'Start the assignment' }).click();
    await answer(page, assigned, { right: true });
    await expect(page.getByRole('button', { name: 'See my results' })).toBeVisible();

    expect(consoleErrors, 'no console errors or warnings offline').toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(reachedServer, 'the worker reached no server while offline').toEqual([]);
    expect(triedServer.length, 'the worker’s own requests are watched').toBeGreaterThan(0);

    const missing = await page.goto('/quiz/no-such-quiz');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('the question bank is served as JSON, the very bytes the pages that fetch it name', async ({
    page,
    request,
  }) => {
    const response = await request.get('/bank.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json\b/);
    const bank = (await response.json()) as Quiz[];
    expect(bank.map((quiz) => quiz.id).sort()).toEqual([...quizIds].sort());
    // The gradebook fetches it with the integrity its page names: the browser accepts these bytes and no others.
    await page.goto('/teach/results');
    await expect(page.getByRole('button', { name: 'Import results' })).toBeEnabled();
    const named = await page.evaluate(async () => {
      const hash = await crypto.subtle.digest('SHA-256', await (await fetch('/bank.json')).arrayBuffer());
      return `sha256-${btoa(String.fromCharCode(...new Uint8Array(hash)))}`;
    });
    expect(await page.content()).toContain(named);
  });

  test('the web app manifest is served, with icons that load at their stated sizes', async ({ request }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      name: 'SourceCheck',
      start_url: '/',
      display: 'standalone',
      theme_color: '#1e3a8a',
      background_color: '#f8fafc',
    });
    expect(manifest.short_name).toBeTruthy();

    const html = await (await request.get('/')).text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
    const apple = /<link rel="apple-touch-icon" href="([^"]+)" sizes="180x180"/.exec(html);
    expect(apple, 'the pages name an Apple touch icon').toBeTruthy();

    type Icon = { src: string; sizes: string; type: string; purpose?: string };
    const icons: Icon[] = [...manifest.icons, { src: apple![1]!, sizes: '180x180', type: 'image/png' }];
    expect(manifest.icons.map((icon: Icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    expect(manifest.icons.some((icon: Icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()['content-type'], icon.src).toBe(icon.type);
      const png = await image.body();
      // A PNG's IHDR chunk holds its width and height at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });

  test('a new build’s worker takes over from the old one, and the student’s progress and offline use survive', async ({
    context,
    page,
    request,
    consoleErrors,
  }) => {
    const served = await (await request.get('/sw.js')).text();
    const { version } = await servedPrecache(request);
    const cacheNames = () => page.evaluate(() => caches.keys());

    await page.goto('/quiz/china-and-iran');
    await activated(page);
    expect(await cacheNames()).toEqual([`sourcecheck-${version}`]);
    const quiz = readQuiz('china-and-iran');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answer(page, present(quiz.questions[0], 'first question'), { right: true });

    // The next deploy: the same worker with another build's version, as `npm run build` writes it.
    const next = `${version}-next`;
    expect(served).toContain(`"version":"${version}"`);
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
    await expect(page.getByText(`Question 2 of ${quiz.questions.length}`)).toBeVisible();

    await context.setOffline(true);
    const other = readQuiz('proxies-and-ukraine');
    await page.goto(`/quiz/${other.id}`);
    await expect(page.getByRole('heading', { level: 1, name: other.title })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
