'use client';

import dynamic from 'next/dynamic';
import { memo, useEffect, useMemo, useState } from 'react';
import ConfirmButton from '@/components/ui/ConfirmButton';
import DataTable from '@/components/ui/DataTable';
import DownloadButton from '@/components/ui/DownloadButton';
import ItemAnalysis from '@/components/teach/ItemAnalysis';
import ResultRowMenu from '@/components/teach/ResultRowMenu';
import UserText from '@/components/ui/UserText';
import type { QuestionRef } from '@/lib/content/refs';
import type { Question } from '@/lib/content/schema';
import { formatDate } from '@/lib/format';
import {
  classStats,
  FIRST_DIRECTION,
  isLate,
  minutesTaken,
  ROWS_SHOWN,
  sortResults,
  type AssignmentGroup,
  type ResultOrder,
} from '@/lib/gradebook';
import { percentage } from '@/lib/scoring';
import { useGradebookActions } from '@/store/gradebook';

// Loaded after the table has painted: one student's answers and the roster are asked for, not read at a glance.
const StudentAnswers = dynamic(() => import('@/components/teach/StudentAnswers'), { ssr: false });
const RosterCheck = dynamic(() => import('@/components/teach/RosterCheck'), { ssr: false });

function flip(direction: 'ascending' | 'descending', reversed: boolean) {
  return reversed ? (direction === 'ascending' ? 'descending' : 'ascending') : direction;
}

/**
 * Memoised, as is everything it works out from its results: the gradebook re-renders while a paste of thousands is
 * checked, and sorting, summing and analysing 10,000 results on each of those renders made the import take minutes.
 */
export default memo(function AssignmentResults({
  group,
  lookup,
}: {
  group: AssignmentGroup;
  lookup: ReadonlyMap<QuestionRef, Question>;
}) {
  const { deleteAssignment } = useGradebookActions();
  const [showAll, setShowAll] = useState(false);
  const [sort, setSort] = useState<{ by: ResultOrder; reversed: boolean }>({ by: 'name', reversed: false });
  const [selected, setSelected] = useState<string | null>(null);
  const sorted = useMemo(() => sortResults(group.receipts, sort.by, sort.reversed), [group.receipts, sort]);
  // A header sorts by its column; the same header again turns the order round.
  const sortBy = (by: ResultOrder) => ({
    order: sort.by !== by ? ('none' as const) : flip(FIRST_DIRECTION[by], sort.reversed),
    onSort: () => setSort((s) => ({ by, reversed: s.by === by && !s.reversed })),
  });
  const [printing, setPrinting] = useState(false);
  const rows = showAll || printing ? sorted : sorted.slice(0, ROWS_SHOWN);

  // The class summary prints this section alone (globals.css), every student in it, with no buttons.
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done, { once: true });
    document.body.dataset.printing = '';
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      delete document.body.dataset.printing;
    };
  }, [printing]);
  const chosen = group.receipts.find((r) => r.checksum === selected);
  const stats = useMemo(() => classStats(group.receipts), [group.receipts]);
  const names = useMemo(() => group.receipts.map((r) => r.name), [group.receipts]);
  const headingId = `assignment-${group.assignment}`;
  const late = useMemo(() => group.receipts.filter((r) => isLate(r, group.due)).length, [group.receipts, group.due]);
  return (
    <section
      aria-labelledby={headingId}
      data-printed={printing ? '' : undefined}
      className="mt-8 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={headingId} className="text-xl font-semibold">
        <UserText>{group.title}</UserText>
        {group.className && (
          <span className="font-normal text-slate-700">
            {' '}
            · <UserText>{group.className}</UserText>
          </span>
        )}
      </h2>
      <p className="text-sm text-slate-700">
        {group.receipts.length} {group.receipts.length === 1 ? 'student' : 'students'}
        {group.due && `, due ${formatDate(group.due)} (${late} late)`}
      </p>
      {stats && (
        <p className="text-sm text-slate-700">
          Class mean {stats.mean}%, median {stats.median}%, range {stats.lowest}% to {stats.highest}%.
        </p>
      )}
      {group.className && <RosterCheck className={group.className} names={names} />}
      <DataTable
        caption={
          <>
            Results for <UserText>{group.title}</UserText>
          </>
        }
        rows={rows}
        rowKey={(receipt) => receipt.checksum}
        columns={[
          {
            header: 'Name',
            sort: sortBy('name'),
            cell: (receipt) => (
              <button
                type="button"
                aria-expanded={selected === receipt.checksum}
                className="min-h-11 text-left text-blue-900 underline"
                onClick={() => setSelected((s) => (s === receipt.checksum ? null : receipt.checksum))}
              >
                <UserText>{receipt.name}</UserText>
              </button>
            ),
          },
          {
            header: 'Score',
            sort: sortBy('score'),
            cell: (receipt) => {
              const score = { correct: receipt.correct, total: receipt.questions.length };
              const text = `${score.correct} of ${score.total} (${percentage(score)}%)`;
              return receipt.fewerChoices ? (
                <>
                  {text} <span className="text-sm font-medium text-slate-700">fewer choices</span>
                </>
              ) : (
                text
              );
            },
          },
          { header: 'Time taken', sort: sortBy('time'), cell: (receipt) => `${minutesTaken(receipt)} min` },
          {
            header: 'Handed in',
            sort: sortBy('handed-in'),
            cell: (receipt) => (
              <>
                {new Date(receipt.finishedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}
                {isLate(receipt, group.due) && <strong className="ml-1 text-red-800">late</strong>}
              </>
            ),
          },
          {
            header: 'Actions',
            hideHeader: true,
            cell: (receipt) => <ResultRowMenu name={receipt.name} checksum={receipt.checksum} />,
          },
        ]}
      />
      {rows.length < group.receipts.length && (
        <button type="button" className="btn-secondary mt-3 print:hidden" onClick={() => setShowAll(true)}>
          Show all {group.receipts.length} students
        </button>
      )}
      {chosen && <StudentAnswers receipt={chosen} lookup={lookup} />}
      <div className="mt-4 flex flex-wrap gap-3 print:hidden">
        <button type="button" className="btn-secondary" onClick={() => setPrinting(true)}>
          Print class summary
        </button>
        <DownloadButton
          label="Download CSV"
          file={async () => ({
            // Letters of any script name the file, so a title in Greek or Arabic is not saved as "-.csv".
            name: `${
              group.title
                .replace(/[^\p{L}\p{N}]+/gu, '-')
                .replace(/^-|-$/g, '')
                .toLowerCase() || 'results'
            }.csv`,
            text: (await import('@/lib/gradebookCsv')).gradebookCsv(group, lookup),
            type: 'text/csv;charset=utf-8',
          })}
        />
        <ConfirmButton
          label="Delete this assignment’s results"
          question={
            <>
              Delete all {group.receipts.length} results for <UserText>{group.title}</UserText>?
            </>
          }
          confirmLabel="Delete all"
          onConfirm={() => deleteAssignment(group.assignment)}
        />
      </div>
      <ItemAnalysis receipts={group.receipts} lookup={lookup} />
    </section>
  );
});
