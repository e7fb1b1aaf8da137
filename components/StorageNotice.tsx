'use client';

import { useProgress, useProgressActions } from '@/store/progress';

export default function StorageNotice() {
  const problem = useProgress((s) => s.storageProblem);
  const { dismissStorageProblem: dismiss } = useProgressActions();
  if (!problem) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50">
      <div className="mx-auto max-w-2xl px-4 py-3 text-sm">
        <p className="font-semibold">Your saved progress could not be read, because {problem.reason}.</p>
        <p className="mt-1">
          {problem.backupKey
            ? `Nothing was deleted: the unreadable copy is kept on this device under “${problem.backupKey}”. New progress is saved as usual.`
            : 'New progress is saved as usual.'}
        </p>
        <button type="button" onClick={dismiss} className="btn-secondary mt-2">
          OK
        </button>
      </div>
    </div>
  );
}
