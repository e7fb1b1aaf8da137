'use client';

import { useLoaded } from '@/hooks/useLoaded';
import { loadOnce } from '@/lib/loadOnce';
import { useProgress, useProgressActions, useProgressSaved } from '@/store/progress';

// The words load only on a device whose storage failed, rather than with every page's first scripts.
const details = loadOnce(() => import('@/components/progress/StorageNoticeDetails').then((m) => m.default));

/** Says when saved progress could not be read, and when new progress could not be saved, with what to do. */
export default function StorageNotice() {
  const problem = useProgress((s) => s.storageProblem);
  const saved = useProgressSaved();
  const { dismissStorageProblem: dismiss } = useProgressActions();
  const shown = problem !== null || !saved.saved;
  const { loaded: Details, failed } = useLoaded(details, shown);
  if (!shown) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50">
      {Details ? (
        <Details problem={problem} saved={saved} onDismiss={dismiss} />
      ) : (
        failed && (
          <p className="mx-auto max-w-2xl px-4 py-3 text-sm font-semibold">
            Something is wrong with this device’s storage: your latest progress may not be saved on it.
          </p>
        )
      )}
    </div>
  );
}
