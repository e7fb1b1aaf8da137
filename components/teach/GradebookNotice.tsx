'use client';

import type { StorageFailure } from '@/lib/storageFailure';
import { useGradebook } from '@/store/gradebook';

const NOT_SAVED: Record<StorageFailure, string> = {
  full: 'The latest change to the gradebook is not saved on this device, because its storage is full.',
  blocked:
    'This browser does not let SourceCheck keep anything on this device (its site data is blocked, or it is a private window).',
  refused: 'This browser refused to save the latest change to the gradebook.',
};

/** Says what the gradebook could not keep or read, and what the teacher can do about it. */
export default function GradebookNotice() {
  const saved = useGradebook((s) => s.saved);
  const problems = useGradebook((s) => s.loadProblems);
  const unsaved = useGradebook((s) => s.unsaved.length);
  if (saved.saved && unsaved === 0 && problems.length === 0) return null;
  return (
    <div role="alert" className="mb-4 space-y-1 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      {!saved.saved && (
        <>
          <p className="font-semibold">{NOT_SAVED[saved.failure]}</p>
          <p>
            Results shown here stay until you close or reload this page. Download each assignment’s CSV to keep them,
            {saved.failure === 'full'
              ? ' or free some space on the device and import them again.'
              : ' or allow this site to store data and import them again.'}
          </p>
        </>
      )}
      {saved.saved && unsaved > 0 && (
        <p className="font-semibold">
          {unsaved} {unsaved === 1 ? 'result shown here is' : 'results shown here are'} not saved on this device yet:
          import {unsaved === 1 ? 'it' : 'them'} again to save {unsaved === 1 ? 'it' : 'them'}, or download the CSV.
        </p>
      )}
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}
