'use client';

import DownloadProgressButton from '@/components/progress/DownloadProgressButton';
import type { SaveStatus, StorageFailure } from '@/lib/storageFailure';
import type { StorageProblem } from '@/store/guardedStorage';

const NOT_SAVED: Record<StorageFailure, string> = {
  full: 'Your latest progress is not saved on this device, because its storage is full.',
  blocked:
    'This browser does not let SourceCheck save anything on this device (its site data is blocked, or it is a private window that allows none).',
  busy: 'Your latest progress is not saved on this device, because another SourceCheck tab is holding its storage.',
  refused: 'This browser refused to save your latest progress on this device.',
};

const WHAT_TO_DO: Record<StorageFailure, string> = {
  full: 'You can carry on: nothing is lost while this page stays open. Download your progress to keep it, or free some space on the device; your next answer then saves everything.',
  blocked:
    'You can still take quizzes, but what you do is gone when you close this page. Download your progress before you leave, or allow this site to store data.',
  busy: 'You can carry on: nothing is lost while this page stays open. Close other SourceCheck tabs, or download your progress to keep it.',
  refused:
    'You can carry on: nothing is lost while this page stays open. Download your progress to keep it; your next answer tries to save everything again.',
};

interface StorageNoticeDetailsProps {
  problem: StorageProblem | null;
  saved: SaveStatus;
  onDismiss: () => void;
}

/** What went wrong with the device's storage, and what to do about it: the body of the StorageNotice. */
export default function StorageNoticeDetails({ problem, saved, onDismiss }: StorageNoticeDetailsProps) {
  return (
    <div className="mx-auto max-w-2xl space-y-2 px-4 py-3 text-sm">
      {!saved.saved && (
        <>
          <p className="font-semibold">{NOT_SAVED[saved.failure]}</p>
          <p>
            {problem && problem.backupKey === null
              ? 'You can carry on: nothing is lost while this page stays open. SourceCheck saves nothing over the progress it could not read, so download your progress to keep what you do now.'
              : WHAT_TO_DO[saved.failure]}
          </p>
          <DownloadProgressButton />
        </>
      )}
      {problem && (
        <>
          <p className="font-semibold">Your saved progress could not be read, because {problem.reason}.</p>
          <p>
            {problem.backupKey
              ? `Nothing was deleted: the unreadable copy is kept on this device under “${problem.backupKey}”.`
              : 'It could not be copied aside, so it is left untouched and nothing new is saved over it.'}
          </p>
          <button type="button" onClick={onDismiss} className="btn-secondary">
            OK
          </button>
        </>
      )}
    </div>
  );
}
