'use client';

import type { ReactNode } from 'react';

/**
 * What a student sees when a page fails: what became of their work (said by `children`), a way to try again and
 * a way home.
 */
export default function PageError({ retry, children }: { retry: () => void; children: ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">This page stopped working</h1>
      {children}
      <p className="mt-2 text-slate-700">
        Try the page again. If it keeps stopping, go to the quizzes and open it from there, or ask whoever sent you the
        link to send it again.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={retry}>
          Try again
        </button>
        {/* A whole new page load, not a client-side navigation: the app's own state may be what failed, and from
            the home page itself a link would not even leave the failed page. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="btn-secondary">
          Go to the quizzes
        </a>
      </div>
    </div>
  );
}
