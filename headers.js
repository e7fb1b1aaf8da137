// The security and privacy headers, in one list for every way the app is served: next.config.js sends them from
// `next start`, and scripts/write-headers.mjs writes them for static hosts (public/_headers, read by Netlify and
// Cloudflare Pages) and for nginx (deploy/security-headers.conf, included by deploy/nginx.conf).
// CommonJS, because next.config.js is: Next.js requires it before anything is compiled.

// Only the app's own origin, for everything. Verified in Chromium against the built app (e2e/security.spec.ts):
// - script-src needs 'unsafe-inline': every prerendered page carries its React Server Components payload in
//   inline <script> tags (self.__next_f.push). Nonces would work only if each request rendered the page anew,
//   which gives up static prerendering and the static export; hashes differ per page and per build, and a
//   header set before the build cannot know them. Without 'unsafe-inline' the pages never hydrate.
// - style-src-elem needs 'unsafe-inline': each page carries Tailwind's CSS in a <style> element (next.config.js
//   says why), and its content is known only once the build has run, so a hash in a header set before the build
//   cannot name it. It gives an injected <style> nothing an injected <script> does not already have under script-src.
// - style-src-attr (style-src) does not: React sets the styles it computes (the progress bar's width) through the
//   DOM, which CSP allows. A server-rendered style="" attribute would be refused, and the browser tests would
//   fail on the console error.
// - `next dev` evaluates code (React's debugging, fast refresh) and injects <style> tags, so only there
//   'unsafe-eval' and inline styles are allowed.
// - img-src allows data: for images the app draws itself (a QR code for a link); data: cannot carry script.
/** @param {boolean} development */
function contentSecurityPolicy(development) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self'${development ? " 'unsafe-inline'" : ''}`,
    "style-src-elem 'self' 'unsafe-inline'",
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
}

// Features the app never uses, refused for the page and anything it might embed. Chromium warns in the console
// about names it does not recognise, so the list holds only names it does (interest-cohort, the old FLoC, too).
// The camera is the one exception, allowed to the app itself on one page: the gradebook's scanner of result codes.
const features = [
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
];

/** The page that reads students' result codes with the camera: no other page may use it. */
const cameraPage = '/teach/results/scan';

/** @param {boolean} camera */
function permissionsPolicy(camera) {
  return features.map((feature) => `${feature}=${camera && feature === 'camera' ? '(self)' : '()'}`).join(', ');
}

/**
 * The headers on every response.
 * @param {{ development?: boolean, camera?: boolean }} [options] `next dev` needs a looser script and style
 *   policy; `camera` is for the camera page alone
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders({ development = false, camera = false } = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // no-referrer, not strict-origin-when-cross-origin: the app needs no Referer, even from itself, and a student
    // who follows a link to the source's publisher should not tell it which quiz or question they came from.
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Permissions-Policy', value: permissionsPolicy(camera) },
    // frame-ancestors 'none' for browsers that read CSP, X-Frame-Options for those that do not.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ];
}

/**
 * Built files have content hashes in their names: they never change. `next start` sends this for them by itself;
 * a static host needs telling.
 */
const immutableAssets = {
  path: '/_next/static/',
  headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
};

module.exports = { securityHeaders, immutableAssets, cameraPage };
