'use client';

/**
 * What a student sees when a page fails: that nothing they saved was lost, a way to try again and a way home.
 * Progress lives in this device's storage, which a failed render never writes to.
 */
export default function PageError({ retry }: { retry: () => void }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">This page stopped working</h1>
      <p className="mt-2 text-slate-700">
        <strong>Your saved progress is safe.</strong> Your answers and scores are kept on this device, and this error
        did not touch them.
      </p>
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
