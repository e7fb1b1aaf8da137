'use client';

import { useEffect } from 'react';

/**
 * Registers the offline worker (public/sw.js, written by `npm run build`) once the page has loaded, in production
 * only: in development it would serve cached scripts over fresh ones, so there a worker left from a production run
 * on the same address is removed instead.
 */
export default function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV !== 'production') {
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
      return;
    }
    // A failed registration leaves the app as it is without a worker: online only, so nothing to report.
    const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => {});
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  return null;
}
