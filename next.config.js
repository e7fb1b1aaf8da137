// STATIC_EXPORT=1 builds the same app as plain files in out/ (`npm run export`) for any static host or CDN.
// Every route is prerendered (generateStaticParams, dynamicParams = false), so nothing needs a server.
const staticExport = process.env.STATIC_EXPORT === '1';
const development = process.env.NODE_ENV === 'development';
const { cameraPage, securityHeaders } = require('./headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
