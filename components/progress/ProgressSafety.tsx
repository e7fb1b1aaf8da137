'use client';

import DownloadProgressButton from '@/components/progress/DownloadProgressButton';
import { useProgressSaved } from '@/store/progress';

/**
 * What a failed page may promise about the student's progress: that it is safe only when the device holds it;
 * otherwise that this page alone holds it, with the download that keeps it.
 */
export default function ProgressSafety() {
  const { saved } = useProgressSaved();
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
      <DownloadProgressButton />
    </div>
  );
}
