'use client';

import { memo, useDeferredValue, useMemo, useState } from 'react';
import Disclosure from '@/components/ui/Disclosure';
import DownloadButton from '@/components/ui/DownloadButton';
import { ROWS_SHOWN, type AssignmentGroup } from '@/lib/gradebook';
import { canvasGradesCsv, gradeStudents, readLmsNames, sheetsGradesCsv, type LmsNames } from '@/lib/lmsGrades';

const noGroups: readonly AssignmentGroup[] = [];

/** Where the matching of names is kept: on this device only, like the gradebook. */
const NAMES_KEY = 'sourcecheck-lms-names';

function keptNames(): LmsNames {
  try {
    return readLmsNames(localStorage.getItem(NAMES_KEY));
  } catch {
    return {};
  }
}

/**
 * Grades in the files a school's gradebook imports, with each student's name and ID as that system knows them.
 * Memoised, and its two fields a student drawn only while the matching is open and only as many as a class's
 * table shows: a district's 20,000 results made 40,000 fields that every render of the gradebook went through.
 */
export default memo(function LmsGradeExport({ groups }: { groups: readonly AssignmentGroup[] }) {
  // Matched in a render of its own after the results' tables have painted: a district's results took tens of ms.
  const matched = useDeferredValue(groups, noGroups);
  const students = useMemo(() => gradeStudents(matched), [matched]);
  const [names, setNames] = useState<LmsNames>(keptNames);
  const [saved, setSaved] = useState('');
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? students : students.slice(0, ROWS_SHOWN);

  const change = (key: string, field: 'name' | 'id', value: string) => {
    const next = { ...names, [key]: { name: names[key]?.name ?? '', id: names[key]?.id ?? '', [field]: value } };
    setNames(next);
    try {
      localStorage.setItem(NAMES_KEY, JSON.stringify(next));
      setSaved('Kept on this device for next time.');
    } catch {
      setSaved(
        'This browser would not keep the names: they are used for the downloads now, but not kept for next time.',
      );
    }
  };

  const file = (name: string, make: typeof canvasGradesCsv) => () => ({
    name,
    text: make(groups, names),
    type: 'text/csv',
  });

  return (
    <section aria-labelledby="lms-grades-heading" className="mt-8 space-y-3">
      <h2 id="lms-grades-heading" className="text-lg font-semibold">
        Grades for your learning management system
      </h2>
      <ul className="list-disc space-y-1 pl-6 text-sm text-slate-700">
        <li>
          <strong>Canvas gradebook</strong>: in Canvas, Grades, Import. Each assignment becomes a column of points; fill
          in each student’s Canvas ID below (it is in a gradebook export from Canvas) so Canvas finds them.
        </li>
        <li>
          <strong>Google Sheets</strong>: File, Import in Sheets, one row a student and a percentage an assignment, to
          copy into Google Classroom’s grades or any other system.
        </li>
      </ul>
      <Disclosure
        className="rounded border border-slate-300 p-3"
        summaryClassName="cursor-pointer font-medium"
        summary={`Match names to your system (${students.length} students)`}
      >
        <p className="mt-2 text-sm text-slate-700">
          Leave a name empty to use the one the student typed. The matching stays on this device.
        </p>
        <table className="mt-2 w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className="text-left">
                Name in SourceCheck
              </th>
              <th scope="col" className="text-left">
                Name in your system
              </th>
              <th scope="col" className="text-left">
                ID in your system
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.key}>
                <th scope="row" className="text-left font-normal">
                  <bdi>{s.appName}</bdi>
                </th>
                <td>
                  <input
                    aria-label={`Name in your system for ${s.appName}`}
                    value={names[s.key]?.name ?? ''}
                    maxLength={120}
                    onChange={(e) => change(s.key, 'name', e.target.value)}
                    className="w-full rounded border border-slate-400 bg-white p-1"
                  />
                </td>
                <td>
                  <input
                    aria-label={`ID in your system for ${s.appName}`}
                    value={names[s.key]?.id ?? ''}
                    maxLength={60}
                    onChange={(e) => change(s.key, 'id', e.target.value)}
                    className="w-full rounded border border-slate-400 bg-white p-1"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length < students.length && (
          <button type="button" className="btn-secondary mt-3" onClick={() => setShowAll(true)}>
            Show all {students.length} students
          </button>
        )}
        <p role="status" className="mt-2 min-h-6 text-sm">
          {saved}
        </p>
      </Disclosure>
      <div className="flex flex-wrap gap-3">
        <DownloadButton label="Download for the Canvas gradebook" file={file('canvas-grades.csv', canvasGradesCsv)} />
        <DownloadButton label="Download for Google Sheets" file={file('grades-for-sheets.csv', sheetsGradesCsv)} />
      </div>
    </section>
  );
});
