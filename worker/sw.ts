/// <reference lib="webworker" />
// SourceCheck's service worker: after one visit to any page, the whole app works without a network.
//
// scripts/build-sw.mjs bundles this file with Serwist after `next build` into public/sw.js, behind a line that
// declares BUILD: the build's own list of prerendered pages, RSC payloads and static files, read from `.next`.
// Nothing here names a page. Serwist's generators cannot make that list: @serwist/turbopack builds its list while
// `next build` is still rendering the pages, and configurator mode lists neither RSC payloads nor route outputs.
//
// Serwist precaches the list into a cache of this build's own (one failed URL fails the install, so no half cache
// goes live) and answers static files from it. Pages and RSC payloads go to the network first, so an online student
// gets the newest build, and fall back to the precache; fresh pages are not written back, so the cache stays one
// build's consistent set until the next worker replaces it whole.
//
// Updates: a new build changes BUILD.version, so the browser installs the new worker, which fills a new cache and,
// once active, deletes the old ones. It skips waiting and claims open pages at once. That is safe mid-quiz: every
// page is static, a page already open keeps the HTML and scripts it loaded, and progress lives in localStorage,
// not in the worker. The next page a student opens simply comes from the new build.
import { copyResponse, NetworkOnly, PrecacheRoute, Serwist, type SerwistPlugin } from 'serwist';

declare const self: ServiceWorkerGlobalScope;

declare const BUILD: {
  /** A hash of the list and of every byte behind it. */
  version: string;
  pages: string[];
  /** The pages whose RSC payload Next's server sends for the header `RSC: 1` (none in an export). */
  flight: string[];
  /** Static files, public/ files, route outputs (icons, the manifest) and an export's `<page>.txt` payloads. */
  assets: string[];
  notFound: string | null;
};

const CACHE_PREFIX = 'sourcecheck-';
const cacheName = `${CACHE_PREFIX}${BUILD.version}`;
// How long a page or RSC request waits for the network before the precached copy is served instead.
const NETWORK_TIMEOUT_SECONDS = 3;
const pages = new Set(BUILD.pages);
const flightPages = new Set(BUILD.flight);
const assets = new Set(BUILD.assets);

const pagePath = (url: URL) => (url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname);
// Next's server redirects a request with the header `RSC: 1` and no router state to this address; the payload is
// the same prerendered one whatever the router state (`_rsc` only encodes the request's headers). Only whole pages
// are kept: the app's links never prefetch, so no segment payload is worth a student's data.
const flightUrl = (path: string) => `${path}?_rsc`;
const isFlight = (request: Request, url: URL) => request.headers.get('RSC') === '1' || url.searchParams.has('_rsc');

/** The precached payload that stands in for an RSC request, if the build has one. */
function flightFor(request: Request): string | undefined {
  if (request.headers.has('Next-Router-Segment-Prefetch')) return undefined;
  const url = new URL(request.url);
  // A static export's payloads are files (`/quiz/x.txt`), precached as assets under their own names.
  if (assets.has(url.pathname)) return url.pathname;
  const path = pagePath(url);
  return flightPages.has(path) ? flightUrl(path) : undefined;
}

// The build's version is every other entry's revision: it changes with any byte of the build, and Serwist fetches
// an entry with a revision past the HTTP cache.
const revision = BUILD.version;
const precacheEntries = [
  ...BUILD.pages.map((url) => ({ url, revision })),
  ...BUILD.flight.map((path) => ({ url: flightUrl(path), revision })),
  // Files under /_next/static carry their content hash in their names.
  ...BUILD.assets.map((url) => ({ url, revision: url.startsWith('/_next/static/') ? null : revision })),
  ...(BUILD.notFound ? [{ url: BUILD.notFound, revision }] : []),
];

/** Asks Next's server for the payload behind an RSC entry of the precache rather than the page. */
const rscHeader: SerwistPlugin = {
  async requestWillFetch({ request }) {
    return new URL(request.url).searchParams.has('_rsc') ? new Request(request, { headers: { RSC: '1' } }) : request;
  },
};

/**
 * What the install keeps: a 200, and for the 404 page also the 404 Next's server answers it with. The 404 page is
 * kept as a 404 however the host served it (a static host serves an export's 404.html like any file).
 */
const cacheable: SerwistPlugin = {
  async cacheWillUpdate({ request, response }) {
    if (new URL(request.url).pathname !== BUILD.notFound) return response.status === 200 ? response : null;
    if (response.status !== 200 && response.status !== 404) return null;
    return copyResponse(response, (init) => ({ ...init, status: 404 }));
  },
};

/** The network's answer, unless it fails, answers 5xx or is too slow: then `fallback`, from the precache. */
function networkFirst(fallback: (request: Request) => Promise<Response | undefined>) {
  return new NetworkOnly({
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [
      {
        async fetchDidSucceed({ response }) {
          if (response.status >= 500) throw new Error(`the server answered ${response.status}`);
          return response;
        },
        handlerDidError: ({ request }) => fallback(request),
      },
    ],
  });
}

const serwist: Serwist = new Serwist({
  precacheEntries,
  precacheOptions: {
    cacheName,
    plugins: [rscHeader, cacheable],
    // Next links some assets with a content hash as query string (`/icon.svg?icon.1a2b3c.svg`).
    ignoreURLParametersMatching: [/./],
  },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Next's router asks whether a page is reachable with a HEAD request (with the RSC header) before it gives
      // up on a navigation offline: the precached page's status and headers answer it.
      method: 'HEAD',
      matcher: ({ url, sameOrigin }) => sameOrigin && pages.has(pagePath(url)),
      handler: networkFirst(async (request) => {
        const page = await serwist.matchPrecache(pagePath(new URL(request.url)));
        return page && new Response(null, { status: page.status, headers: page.headers });
      }),
    },
    {
      // RSC requests of client-side navigation. One the build has no payload for goes to the network unanswered:
      // offline, Next then treats a prefetch as failed, and a navigation as one to load the page itself.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && isFlight(request, url) && !!flightFor(request),
      handler: networkFirst(async (request) => {
        const payload = flightFor(request);
        return payload ? serwist.matchPrecache(payload) : undefined;
      }),
    },
    {
      // The query string is ignored: `/sources/x?quote=…` is `/sources/x`.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && pages.has(pagePath(url)),
      handler: networkFirst(async (request) => serwist.matchPrecache(pagePath(new URL(request.url)))),
    },
    {
      // A page the build does not have is the 404 page offline.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly({
        plugins: [
          { handlerDidError: async () => (BUILD.notFound ? serwist.matchPrecache(BUILD.notFound) : undefined) },
        ],
      }),
    },
  ],
});

// Serwist registers its precache route first, which would answer pages from the cache before the network: it goes
// behind the routes above, and answers the static files.
const precacheRoute = serwist.routes.get('GET')?.find((route) => route instanceof PrecacheRoute);
if (precacheRoute) {
  serwist.unregisterRoute(precacheRoute);
  serwist.registerRoute(precacheRoute);
}

// Serwist's own cleanup looks for its default cache names only; each build's cache is named for its version.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== cacheName).map((n) => caches.delete(n)),
      );
    })(),
  );
});

serwist.addEventListeners();
