// STATIC_EXPORT=1 builds the same app as plain files in out/ (`npm run export`) for any static host or CDN.
// Every route is prerendered (generateStaticParams, dynamicParams = false), so nothing needs a server.
const staticExport = process.env.STATIC_EXPORT === '1';
const development = process.env.NODE_ENV === 'development';

// Only the app's own origin, for everything. Verified in Chromium against the built app (e2e/security.test.mjs):
// - script-src needs 'unsafe-inline': every prerendered page carries its React Server Components payload in
//   inline <script> tags (self.__next_f.push). Nonces would work only if each request rendered the page anew,
//   which gives up static prerendering and the static export; hashes differ per page and per build, and a
//   header set before the build cannot know them. Without 'unsafe-inline' the pages never hydrate.
// - style-src does not need 'unsafe-inline' in production: Tailwind's CSS is one file, and React sets the
//   styles it computes (the progress bar's width) through the DOM, which CSP allows. A server-rendered
//   style="" attribute would be refused, and the browser tests would fail on the console error.
// - `next dev` evaluates code (React's debugging, fast refresh) and injects <style> tags, so only there
//   'unsafe-eval' and inline styles are allowed.
// - img-src allows data: for images the app draws itself (a QR code for a link); data: cannot carry script.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  `style-src 'self'${development ? " 'unsafe-inline'" : ''}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Features the app never uses, refused for the page and anything it might embed. Chromium warns in the console
// about names it does not recognise, so the list holds only names it does (interest-cohort, the old FLoC, too).
const permissionsPolicy = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers on every response. public/_headers carries the same for static hosts (a test keeps them equal). */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // no-referrer, not strict-origin-when-cross-origin: the app needs no Referer, even from itself, and a student
  // who follows a link to the source's publisher should not tell it which quiz or question they came from.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  // frame-ancestors 'none' for browsers that read CSP, X-Frame-Options for those that do not.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A static export cannot set headers (Next.js warns if headers() is defined): the host sets them from _headers.
  ...(staticExport ? { output: 'export' } : { headers: async () => [{ source: '/:path*', headers: securityHeaders }] }),
};

module.exports = nextConfig;
