'use client';

import type { StorageFailure } from '@/lib/storageFailure';
import { useGradebook, useGradebookActions } from '@/store/gradebook';

const NOT_SAVED: Record<StorageFailure, string> = {
  full: 'because the device’s storage is full',
  blocked: 'because this browser does not let SourceCheck keep anything on this device (its site data is blocked)',
  busy: 'because another SourceCheck tab is holding the gradebook’s storage',
  refused: 'because this browser refused to save them',
};

const REMEDY: Record<StorageFailure, string> = {
  full: 'Free some space on the device',
  blocked: 'Allow this site to store data',
  busy: 'Close other SourceCheck tabs',
  refused: 'Wait a moment',
};

/**
 * Says what the gradebook could not keep, delete or read, and what the teacher can do about it. The gradebook
 * loads and draws it only while there is such a problem (hasGradebookProblem).
 */
export default function GradebookNotice() {
  const saved = useGradebook((s) => s.saved);
  const unsaved = useGradebook((s) => s.unsaved.length);
  const deleteProblem = useGradebook((s) => s.deleteProblem);
  const problems = useGradebook((s) => s.loadProblems);
  const { saveUnsaved } = useGradebookActions();
  const failure = saved.saved ? 'refused' : saved.failure;
  return (
    <div role="alert" className="mb-4 space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      {unsaved > 0 && (
        <>
          <p className="font-semibold">
            {unsaved === 1 ? '1 result shown here is' : `${unsaved} results shown here are`} not saved on this device,{' '}
            {NOT_SAVED[failure]}. They are gone if you close or reload this page.
          </p>
          <p>{REMEDY[failure]}, then press Try saving again. Each assignment’s Download CSV keeps a copy either way.</p>
          <button type="button" className="btn-secondary" onClick={() => void saveUnsaved()}>
            Try saving again
          </button>
        </>
      )}
      {unsaved === 0 && !saved.saved && (
        <p className="font-semibold">
          The gradebook cannot save on this device right now, {NOT_SAVED[saved.failure]}. Results you import are shown
          until you close this page: {REMEDY[saved.failure].toLowerCase()}, then import them again.
        </p>
      )}
      {deleteProblem && <p>{deleteProblem}</p>}
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}
