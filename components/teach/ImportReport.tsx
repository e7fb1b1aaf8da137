'use client';

import VerdictIcon from '@/components/ui/VerdictIcon';
import { useGradebook, type ImportLine } from '@/store/gradebook';

const STATUS_WORDS = {
  imported: 'Imported',
  unsaved: 'Not saved',
  duplicate: 'Already here',
  rejected: 'Not imported',
} as const;

/** A paste of a whole year's results lists every line that needs the teacher, not ten thousand that do not. */
const LINES_SHOWN = 100;

function count(lines: readonly ImportLine[], status: ImportLine['status']): number {
  return lines.filter((line) => line.status === status).length;
}

/** One line per pasted result: a bad one says why, and never stops the good ones. */
export default function ImportReport() {
  const lines = useGradebook((s) => s.lastImport);
  const unsaved = lines ? count(lines, 'unsaved') : 0;
  const problems = lines ? unsaved + count(lines, 'rejected') : 0;
  // Problems first, so a long paste never hides the one link a student must send again.
  const shown = lines
    ? [
        ...lines.filter((l) => l.status === 'rejected' || l.status === 'unsaved'),
        ...lines.filter((l) => l.status === 'imported' || l.status === 'duplicate'),
      ].slice(0, LINES_SHOWN)
    : [];
  return (
    <div role="status" aria-live="polite" className="mt-3">
      {lines && (
        <>
          <p className="font-medium">
            {count(lines, 'imported')} imported, {unsaved > 0 && `${unsaved} shown but not saved on this device, `}
            {count(lines, 'duplicate')} already here, {count(lines, 'rejected')} not imported.
          </p>
          <ul className="mt-1 space-y-1 text-sm">
            {shown.map((line) => (
              <li
                key={line.position}
                className={`flex gap-2 ${line.status === 'rejected' || line.status === 'unsaved' ? 'text-red-800' : 'text-slate-800'}`}
              >
                <VerdictIcon
                  correct={line.status === 'imported' || line.status === 'duplicate'}
                  className="mt-0.5 size-4"
                />
                <span className="min-w-0 wrap-anywhere">
                  Link {line.position}: {STATUS_WORDS[line.status]}: {line.detail}
                </span>
              </li>
            ))}
          </ul>
          {lines.length > shown.length && (
            <p className="mt-1 text-sm text-slate-700">
              {lines.length - shown.length} more lines are not listed
              {problems > shown.length
                ? `, ${problems - shown.length} of them not imported or not saved.`
                : ': all imported or already here.'}
            </p>
          )}
        </>
      )}
    </div>
  );
}
