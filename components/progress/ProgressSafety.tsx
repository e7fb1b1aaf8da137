'use client';

import { useState } from 'react';
import { useLoaded } from '@/hooks/useLoaded';
import { loadOnce } from '@/lib/loadOnce';
import { useProgressSaved } from '@/store/progress';

// The download's code loads only where it is offered, on a device that did not save: not with every page's
// first scripts, which carry this error page.
const downloadButton = loadOnce(() => import('@/components/progress/DownloadProgressButton').then((m) => m.default));

/**
 * What a failed page may promise about the student's progress: that it is safe only when the device holds it;
 * otherwise that this page alone holds it, with the download that keeps it.
 */
export default function ProgressSafety() {
  const { saved } = useProgressSaved();
  const [tries, setTries] = useState(0);
  const { loaded: DownloadProgressButton, failed } = useLoaded(downloadButton, !saved, tries);
  if (saved) {
    return (
      <p className="mt-2 text-slate-700">
        <strong>Your saved progress is safe.</strong> Your answers and scores are kept on this device, and this error
        did not touch them.
      </p>
    );
  }
  return (
    <div className="mt-2 space-y-2 text-slate-700">
      <p>
        <strong>Your latest progress is not saved on this device.</strong> Download it before you leave: going to the
        quizzes reloads the app, and what only this page holds is lost.
      </p>
      {DownloadProgressButton ? (
        <DownloadProgressButton />
      ) : (
        failed && (
          <p>
            The download could not load: keep this page open.{' '}
            <button type="button" className="btn-secondary" onClick={() => setTries(tries + 1)}>
              Load the download again
            </button>
          </p>
        )
      )}
    </div>
  );
}
