// A small static server for the export in out/, with no dependencies: it behaves like the static hosts the export
// is meant for (Netlify, Cloudflare Pages), so the browser tests and the bench can run against it.
//   node scripts/serve-static.mjs [--dir out] [--port 3000] [--host 127.0.0.1]
// /foo is served from foo.html (or foo/index.html), a missing file from 404.html with status 404, and the
// headers come from the _headers file at the root (which itself is never served). Responses are gzipped when
// the client accepts it, once per file version, as a CDN would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // React Server Components payloads of an export: Next.js's client reads them only as text/plain.
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.txt', '.json', '.map', '.webmanifest', '.svg']);

/**
 * Reads a Netlify / Cloudflare Pages _headers file: a line with a path pattern (`*` matches anything, including
 * slashes), then indented `Name: value` lines. Returns [{ pattern: RegExp, headers: [[name, value]] }].
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      if (colon < 0 || rules.length === 0) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

export async function startStaticServer({ dir = 'out', port = 3000, host = '127.0.0.1' } = {}) {
  const root = path.resolve(dir);
  const headersFile = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  const rules = parseHeadersFile(headersFile);
  const cache = new Map();

  /** The file's bytes and their gzip, read once per version of the file. */
  async function load(file) {
    const { mtimeMs, size } = await stat(file);
    const key = `${mtimeMs}:${size}`;
    const hit = cache.get(file);
    if (hit?.key === key) return hit;
    const body = await readFile(file);
    const entry = { key, body, gzip: COMPRESSIBLE.has(path.extname(file)) ? gzipSync(body) : null };
    cache.set(file, entry);
    return entry;
  }

  async function isFile(file) {
    return (await stat(file).catch(() => null))?.isFile() ?? false;
  }

  /** The file a URL path names, the way static hosts resolve "pretty" URLs; null when there is none. */
  async function resolve(urlPath) {
    const base = path.join(root, path.normalize(urlPath));
    if (base !== root && !base.startsWith(root + path.sep)) return null;
    if (path.basename(base) === '_headers') return null;
    const candidates = urlPath.endsWith('/')
      ? [path.join(base, 'index.html')]
      : [base, `${base}.html`, path.join(base, 'index.html')];
    for (const file of candidates) if (await isFile(file)) return file;
    return null;
  }

  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let urlPath;
      try {
        urlPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      let file = await resolve(urlPath);
      // /foo/ when only foo.html exists: send the browser to /foo, as Cloudflare Pages does.
      if (!file && urlPath.length > 1 && urlPath.endsWith('/') && (await resolve(urlPath.slice(0, -1)))) {
        const { search } = new URL(request.url, 'http://localhost');
        response.writeHead(308, { Location: `${encodeURI(urlPath.slice(0, -1))}${search}` }).end();
        return;
      }
      let status = 200;
      if (!file) {
        status = 404;
        file = path.join(root, '404.html');
        if (!(await isFile(file))) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
          return;
        }
      }
      const { body, gzip } = await load(file);
      const headers = { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
      for (const rule of rules) {
        if (rule.pattern.test(urlPath)) for (const [name, value] of rule.headers) headers[name] = value;
      }
      headers['Cache-Control'] ??= 'public, max-age=0, must-revalidate';
      let payload = body;
      if (gzip) {
        headers.Vary = 'Accept-Encoding';
        if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
          headers['Content-Encoding'] = 'gzip';
          payload = gzip;
        }
      }
      headers['Content-Length'] = payload.length;
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : payload);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolveListen);
  });
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const dir = option('dir', 'out');
  const host = option('host', '127.0.0.1');
  const server = await startStaticServer({ dir, host, port: Number(option('port', process.env.PORT ?? 3000)) });
  console.log(`Serving ${dir}/ on http://${host}:${server.address().port}`);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
}
