import type { MetadataRoute } from 'next';

// Static already; saying so lets `output: 'export'` write it out too.
export const dynamic = 'force-static';

/** Lets a phone install SourceCheck as an app; the service worker (public/sw.js) makes it work offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'SourceCheck',
    short_name: 'SourceCheck',
    description:
      'Civic-literacy quizzes on the U.S. intelligence report on foreign threats to the 2020 election, every answer backed by the source’s own words.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1e3a8a',
    background_color: '#f8fafc',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
