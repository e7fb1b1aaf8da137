import type { MetadataRoute } from 'next';
import { siteDescription, siteViewport } from '@/lib/site';

// Static already; saying so lets `output: 'export'` write it out too.
export const dynamic = 'force-static';

/** Lets a phone install SourceCheck as an app; the service worker (public/sw.js) makes it work offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'SourceCheck',
    short_name: 'SourceCheck',
    description: siteDescription,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: siteViewport.themeColor,
    background_color: '#f8fafc',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
