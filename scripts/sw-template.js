// SourceCheck's service worker: after one visit to any page, the whole app works without a network.
//
// scripts/build-sw.mjs writes public/sw.js from this file after `next build`, putting the build's own list of
// prerendered pages, RSC payloads and static files where BUILD stands below. Nothing here names a page.
//
// Hand-written, not Serwist: Serwist's Next.js integration hooks the webpack build, and Next 16 builds with
// Turbopack by default. What SourceCheck needs is this file, a hundred-odd lines, plus a list read from `.next`.
//
// Updates: a new build changes BUILD.version, so the browser installs the new worker, which fills a new cache
// and, once active, deletes the old ones. It skips waiting and claims open pages at once. That is safe mid-quiz:
// every page is static, a page already open keeps the HTML and scripts it loaded, and progress lives in
// localStorage, not in the worker. The next page a student opens simply comes from the new build.

const BUILD = /* precache */ { version: 'template', pages: [], notFound: null, flight: [], assets: [] };

const CACHE = `sourcecheck-${BUILD.version}`;
// How long a page or RSC request waits for the network before the cached copy is served instead.
const NETWORK_TIMEOUT_MS = 3000;
const assetPaths = new Set(BUILD.assets);
const pagePaths = new Set(BUILD.pages);

// The cache key of a page's RSC payload, which a client-side navigation receives (the server sends the same
// prerendered payload whatever the router state; Next's `_rsc` parameter only encodes the request's headers).
// Only whole pages are kept: the app's links never prefetch, so no segment payload is worth a student's data.
const flightKey = (path) => `${path}?_rsc`;
const pagePath = (url) => (url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname);

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('sourcecheck-') && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

/** Fetches every URL of the build into a fresh cache; one failure fails the install, so no half cache goes live. */
async function precache() {
  const cache = await caches.open(CACHE);
  const entries = [...BUILD.pages, ...BUILD.assets].map((path) => ({ key: path, url: path }));
  for (const path of BUILD.flight) entries.push({ key: flightKey(path), url: path, headers: { RSC: '1' } });
  // Next's server answers its 404 page with a 404; a static host serves an export's 404.html like any file.
  if (BUILD.notFound) entries.push({ key: BUILD.notFound, url: BUILD.notFound, statuses: [200, 404] });
  await Promise.all(
    entries.map(async ({ key, url, headers = {}, statuses = [200] }) => {
      // RSC requests are redirected to carry the `_rsc` value their headers call for; fetch follows that.
      const response = await fetch(url, { headers, cache: 'reload' });
      if (!statuses.includes(response.status)) throw new Error(`precache: ${key} answered ${response.status}`);
      await cache.put(key, response.redirected ? await copyOf(response) : response);
    }),
  );
}

// A copy of a response with its own status: one that followed a redirect cannot answer a navigation, and the
// 404 page must answer 404 however the host served it.
async function copyOf(response, status = response.status) {
  const { statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Next's router asks whether a page is reachable with a HEAD request (with the RSC header) before it gives up on a
  // navigation offline: the cached page answers it.
  if (request.method === 'HEAD' && pagePaths.has(pagePath(url))) event.respondWith(pageHead(request, url));
  if (request.method !== 'GET') return;
  if (request.headers.get('RSC') === '1' || url.searchParams.has('_rsc')) event.respondWith(flight(request, url));
  else if (request.mode === 'navigate') event.respondWith(page(request, url));
  else if (url.pathname.startsWith('/_next/static/') || assetPaths.has(url.pathname)) event.respondWith(asset(request));
});

/**
 * Pages: the network first, so an online student gets the newest build; the cached page of the installed build
 * when the network fails, errs or is slow. The query string is ignored (`/sources/x?quote=…` is `/sources/x`),
 * and a page the build does not have is the 404 page. Fresh pages are not written back: the cache stays one
 * build's consistent set of pages, payloads and scripts until the next worker replaces it whole.
 */
async function page(request, url) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(pagePath(url), { ignoreVary: true });
  return networkFirst(fetch(request), cached, async () => {
    const notFound = BUILD.notFound && (await cache.match(BUILD.notFound, { ignoreVary: true }));
    return notFound ? copyOf(notFound, 404) : Response.error();
  });
}

/** The cached page's status and headers, for a HEAD request the network cannot answer. */
async function pageHead(request, url) {
  const cached = await (await caches.open(CACHE)).match(pagePath(url), { ignoreVary: true });
  const head = cached && new Response(null, { status: cached.status, headers: cached.headers });
  return networkFirst(fetch(request), head, () => Response.error());
}

/**
 * RSC requests of client-side navigation, network first like pages. One that the build has no payload for (a
 * segment prefetch) answers 503 offline; Next then treats a prefetch as failed, and a navigation as one to load
 * the page itself, which page() answers.
 */
async function flight(request, url) {
  const cache = await caches.open(CACHE);
  // A static export's payloads are files (`/quiz/x.txt`), precached as assets under their own names.
  const key = assetPaths.has(url.pathname) ? url.pathname : flightKey(pagePath(url));
  const segment = request.headers.has('Next-Router-Segment-Prefetch');
  const cached = segment ? undefined : await cache.match(key, { ignoreVary: true });
  return networkFirst(fetch(request), cached, () => new Response(null, { status: 503, statusText: 'Offline' }));
}

/** Files under /_next/static never change under the same name, and the other assets change only with the build. */
async function asset(request) {
  const cache = await caches.open(CACHE);
  const exact = new URL(request.url).pathname.startsWith('/_next/static/');
  // Next links some assets with a content hash as query string (`/icon.svg?icon.1a2b3c.svg`).
  const cached = await cache.match(request, { ignoreVary: true, ignoreSearch: !exact });
  return cached || fetch(request);
}

/** The network's response, unless it fails, answers 5xx or is slower than NETWORK_TIMEOUT_MS while a copy is cached. */
async function networkFirst(network, cached, lastResort) {
  if (!cached) return network.catch(lastResort);
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, cached));
  return Promise.race([
    network.then(
      (response) => (response.status >= 500 ? cached : response),
      () => cached,
    ),
    timeout,
  ]);
}
