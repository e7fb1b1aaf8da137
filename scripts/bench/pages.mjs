// The pages the app builds, and what each costs in JavaScript: shared by the browser tests and the bench.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const quizzesDir = new URL('../../quizzes/', import.meta.url);

/**
 * The quiz ids and source ids, read from the content as generateStaticParams reads it. A quiz file is one that
 * points at the quiz schema: quizzes/ also holds the claims, the ids ledger and the schema itself.
 */
export function contentIds() {
  const quizzes = readdirSync(quizzesDir)
    .filter((name) => name.endsWith('.json'))
    .filter((name) => JSON.parse(readFileSync(new URL(name, quizzesDir), 'utf8')).$schema === './quiz.schema.json')
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  const sources = readdirSync(new URL('sources/', quizzesDir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
  return { quizzes, sources };
}

/** One page of each kind, the ones the JS budget and the bench measure. */
export const SAMPLE_ROUTES = {
  home: '/',
  quiz: '/quiz/the-vote-itself',
  results: '/quiz/the-vote-itself/results',
  source: '/sources/npr-2021-03-16-russia-2020-election',
  teach: '/teach',
  gradebook: '/teach/results',
  scan: '/teach/results/scan',
  review: '/review',
  progress: '/progress',
  notFound: '/no-such-page',
};

/**
 * One page of every kind, for what each page sends: its HTML document as served, with the React Server Components
 * payload inline. The JS budget's kinds, and the pages it does not budget. The teacher's builder and its print view
 * list the whole bank by design; every other page is held to 1.5x the catalogue's bytes.
 */
export const PAGE_BYTES_ROUTES = {
  ...SAMPLE_ROUTES,
  print: '/teach/print',
  assignment: '/assignment',
  glossary: '/glossary',
};

/** The pages that show the whole question bank, and so may send it. */
export const BANK_LISTING_PAGES = ['teach', 'print'];

/** The app's own pages, which have no content ids in their addresses. */
export const APP_ROUTES = [
  '/',
  '/assignment',
  '/glossary',
  '/progress',
  '/review',
  '/teach',
  '/teach/assignments',
  '/teach/print',
  '/teach/results',
  '/teach/results/scan',
  '/teach/write',
];

/** Every page the build prerenders, plus the 404 page. */
export function allRoutes() {
  const { quizzes, sources } = contentIds();
  return [
    ...APP_ROUTES,
    ...quizzes.flatMap((id) => [`/quiz/${id}`, `/quiz/${id}/results`]),
    ...sources.map((id) => `/sources/${id}`),
    SAMPLE_ROUTES.notFound,
  ];
}

/**
 * The external scripts an HTML page loads, in order, leaving out the noModule polyfill (modern browsers never
 * fetch it). Inline scripts (the React Server Components payload) are counted apart, as bytes of the HTML.
 */
export function scriptsOf(html) {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  const srcs = [];
  for (const tag of tags) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) srcs.push(src.replaceAll('&amp;', '&'));
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  return { srcs, inlineBytes: inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
}

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * What a page costs in JavaScript: the gzip size (level 9, computed here so it does not depend on the server's
 * compression) of every script file its HTML loads, and the size of its inline scripts.
 */
export async function measurePageScripts(baseUrl, route) {
  const response = await fetch(new URL(route, baseUrl));
  const html = await response.text();
  const { srcs, inlineBytes } = scriptsOf(html);
  const files = await Promise.all(
    srcs.map(async (src) => {
      const res = await fetch(new URL(src, baseUrl));
      if (!res.ok) throw new Error(`${src} (loaded by ${route}) answered ${res.status}`);
      return { src, gzip: gzipBytes(Buffer.from(await res.arrayBuffer())) };
    }),
  );
  return {
    status: response.status,
    html,
    files,
    jsGzip: files.reduce((sum, file) => sum + file.gzip, 0),
    inlineScriptBytes: inlineBytes,
    htmlGzip: gzipBytes(Buffer.from(html)),
  };
}

/**
 * What a page sends before any script runs: its HTML document as served (the inline RSC payload included), raw
 * and gzipped (level 9, as for the JS), and the bytes of its inline scripts, most of which is that payload.
 */
export async function measurePageBytes(baseUrl, route) {
  const response = await fetch(new URL(route, baseUrl));
  const html = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    htmlBytes: html.length,
    htmlGzip: gzipBytes(html),
    inlineScriptBytes: scriptsOf(html.toString('utf8')).inlineBytes,
  };
}
