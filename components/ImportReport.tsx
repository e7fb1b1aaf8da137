'use client';

import VerdictIcon from '@/components/VerdictIcon';
import { useGradebook } from '@/store/gradebook';

const STATUS_WORDS = { imported: 'Imported', duplicate: 'Already here', rejected: 'Not imported' } as const;

/** One line per pasted result: a bad one says why, and never stops the good ones. */
export default function ImportReport() {
  const lines = useGradebook((s) => s.lastImport);
  return (
    <div role="status" aria-live="polite" className="mt-3">
      {lines && (
        <>
          <p className="font-medium">
            {lines.filter((l) => l.status === 'imported').length} imported,{' '}
            {lines.filter((l) => l.status === 'duplicate').length} already here,{' '}
            {lines.filter((l) => l.status === 'rejected').length} not imported.
          </p>
          <ul className="mt-1 space-y-1 text-sm">
            {lines.map((line) => (
              <li
                key={line.position}
                className={`flex gap-2 ${line.status === 'rejected' ? 'text-red-800' : 'text-slate-800'}`}
              >
                <VerdictIcon correct={line.status !== 'rejected'} className="mt-0.5 size-4" />
                <span className="min-w-0 wrap-anywhere">
                  Link {line.position}: {STATUS_WORDS[line.status]}: {line.detail}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
