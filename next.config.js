// STATIC_EXPORT=1 builds the same app as plain files in out/ (`npm run export`) for any static host or CDN.
// Every route is prerendered (generateStaticParams, dynamicParams = false), so nothing needs a server.
const staticExport = process.env.STATIC_EXPORT === '1';
const development = process.env.NODE_ENV === 'development';
const { cameraPage, securityHeaders } = require('./headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Each page carries its CSS in the HTML rather than in a stylesheet it must fetch first: on a slow phone that
  // fetch shares the line with the scripts, and the page painted only once all had arrived, at twice the bare
  // Next.js page's LCP (the bench's paint table). Its cost: the CSS rides in the RSC payload too, about 15 kB
  // gzip per page (a third copy is kept out by app/layout.tsx). globalNotFound: an unknown address gets
  // app/global-not-found.tsx, which brings the stylesheet itself, since the root layout no longer does.
  experimental: { inlineCss: true, globalNotFound: true },
  // `npm test` type-checks the whole project first (npm run typecheck), so its two builds skip checking it again.
  typescript: { ignoreBuildErrors: process.env.TYPECHECKED === '1' },
  // The results drop box's route handlers are app/api/**/route.server.ts: only a server build reads that extension,
  // so the static export has no API, and the client knows from NEXT_PUBLIC_DROP_BOX whether there is a drop box.
  pageExtensions: staticExport ? ['tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js', 'server.ts'],
  env: { NEXT_PUBLIC_DROP_BOX: staticExport ? '' : '1' },
  // PGlite loads its WebAssembly and data files from beside its own module, and pg has optional native parts:
  // both are required from node_modules at run time rather than bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // A static export cannot set headers (Next.js warns if headers() is defined): the host sets them, from the
  // files scripts/write-headers.mjs writes from the same list.
  ...(staticExport
    ? { output: 'export' }
    : {
        // Where two rules set one header, Next.js sends the later: the camera page's own policy.
        headers: async () => [
          { source: '/:path*', headers: securityHeaders({ development }) },
          { source: cameraPage, headers: securityHeaders({ development, camera: true }) },
        ],
      }),
};

module.exports = nextConfig;
