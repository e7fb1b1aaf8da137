// Writes public/sw.js (and out/sw.js when a static export exists): worker/sw.ts bundled with Serwist by esbuild,
// behind a line that declares the list of everything the build produced for the browser: each prerendered page,
// its RSC payload (the whole page: the app's links never prefetch, so no segment payload is kept), the 404 page,
// the other prerendered routes (icons, the manifest), every file under .next/static and every file in public/.
// Runs as `postbuild`, so `npm run build` always leaves a worker that matches the build. The version is a hash of
// the list, of the bytes behind each entry and of the bundled worker, so it changes whenever any of them does (and
// Next writes a fresh build ID into every page, so in practice with every build).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const next = path.join(root, '.next');
const readJson = (file) => JSON.parse(readFileSync(path.join(next, file), 'utf8'));
const fail = (message) => {
  throw new Error(`build-sw: ${message}`);
};

if (!existsSync(path.join(next, 'prerender-manifest.json')))
  fail('no .next/prerender-manifest.json: run `next build` first');
if (readJson('routes-manifest.json').basePath) fail('a basePath is set, and the worker serves the site root only');

const { routes, dynamicRoutes } = readJson('prerender-manifest.json');
const NOT_FOUND = '/_not-found';
// A static export (`output: 'export'`) has no server to choose an RSC payload by request headers: Next writes each
// payload to a file of its own (`/quiz/x.txt`), which the client fetches by name.
const out = path.join(root, 'out');
const exported = readJson('required-server-files.json').config?.output === 'export';
if (exported && !existsSync(out)) fail('`output: export` is set, but out/ is missing');

/** Every file below dir, as sorted paths relative to it with forward slashes. */
function filesBelow(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isDirectory()) return filesBelow(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      return entry.isFile() ? [`${prefix}${entry.name}`] : [];
    })
    .sort();
}

/** Where `next build` wrote a prerendered route's output, by the URL path it is served at. */
function prerendered(route, extension) {
  const file = path.join(next, 'server', 'app', `${route === '/' ? '/index' : route}${extension}`);
  if (!existsSync(file)) fail(`${route} is prerendered, but ${path.relative(root, file)} is missing`);
  return file;
}

const pages = [];
const flight = []; // the pages whose RSC payload a client-side navigation asks the server for
const assets = [];
const sources = []; // the files whose bytes make up the version
let notFound = null;
for (const [route, info] of Object.entries(routes).sort(([a], [b]) => a.localeCompare(b))) {
  if (info.routeType === 'route') {
    assets.push(route);
    sources.push(prerendered(route, '.body'));
  } else if (route === NOT_FOUND) {
    if (!exported) notFound = NOT_FOUND;
    sources.push(prerendered(route, '.html'));
  } else if (!route.startsWith('/_')) {
    // Other `/_` pages (`/_global-error`) are never navigated to.
    pages.push(route);
    sources.push(prerendered(route, '.html'));
    if (info.dataRoute && !exported) {
      flight.push(route);
      sources.push(prerendered(route, '.rsc'));
    }
  }
}
for (const file of filesBelow(path.join(next, 'static'))) {
  assets.push(`/_next/static/${file}`);
  sources.push(path.join(next, 'static', file));
}
// _headers is configuration for static hosts, which never serve it.
const NOT_SERVED = new Set(['sw.js', '_headers']);
for (const file of filesBelow(path.join(root, 'public')).filter((f) => !NOT_SERVED.has(f) && !f.startsWith('.'))) {
  assets.push(`/${file}`);
  sources.push(path.join(root, 'public', file));
}
// In an export they are files like any asset: each page's `<page>.txt`.
const exportedPayloads = !exported ? [] : pages.map((route) => (route === '/' ? 'index.txt' : `${route.slice(1)}.txt`));
assets.push(...exportedPayloads.map((f) => `/${f}`));
sources.push(...exportedPayloads.map((f) => path.join(out, f)));
// Static hosts answer unknown addresses with an export's 404.html.
if (exported && existsSync(path.join(out, '404.html'))) notFound = '/404.html';

// Routes rendered on request cannot be precached; say so rather than let them fail offline unannounced.
const appRoutes = Object.values(readJson('app-path-routes-manifest.json'));
// The drop box's API (app/api) answers requests and is no page to keep.
const onDemand = appRoutes.filter(
  (route) => !(route in routes) && !(route in dynamicRoutes) && !route.startsWith('/api/'),
);
if (onDemand.length > 0) console.warn(`build-sw: not available offline (rendered on request): ${onDemand.join(', ')}`);

const bundle = await build({
  entryPoints: [path.join(root, 'worker', 'sw.ts')],
  bundle: true,
  // A classic worker script, so that the BUILD line in front of it is in its scope.
  format: 'iife',
  minify: true,
  // Next.js's own browser targets for the pages.
  target: ['chrome111', 'edge111', 'firefox111', 'safari16.4'],
  // Serwist's development logging and checks are left out.
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const hash = createHash('sha256').update(code);
const list = { pages, notFound, flight, assets: [...new Set(assets)] };
hash.update(JSON.stringify(list));
let bytes = 0;
for (const file of sources) {
  const content = readFileSync(file);
  bytes += content.length;
  hash.update(content);
}
const version = hash.digest('hex').slice(0, 16);

const worker =
  '// Generated by scripts/build-sw.mjs from worker/sw.ts after `next build`. Do not edit.\n' +
  `const BUILD = ${JSON.stringify({ version, ...list })};\n${code}`;

const targets = [path.join(root, 'public', 'sw.js')];
// `output: 'export'` copies public/ into out/ during `next build`, before this script has run. An out/ left by an
// earlier export belongs to that build, and gets no worker of this one.
if (exported) targets.push(path.join(out, 'sw.js'));
else if (existsSync(out)) console.warn('build-sw: out/ is from an earlier static export; its sw.js is left as it was');
for (const target of targets) writeFileSync(target, worker);

const otherAssets = list.assets.length - exportedPayloads.length;
const urls = pages.length + flight.length + list.assets.length + (notFound ? 1 : 0);
console.log(
  `build-sw: ${targets.map((t) => path.relative(root, t)).join(' and ')}, version ${version}: ${urls} URLs ` +
    `(${pages.length} pages, ${flight.length + exportedPayloads.length} RSC payloads, ${otherAssets} other assets, ` +
    `${notFound ? '1' : 'no'} 404 page), ${(bytes / 1024).toFixed(0)} KiB`,
);
