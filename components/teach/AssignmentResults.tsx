'use client';

import { useState } from 'react';
import ConfirmButton from '@/components/ui/ConfirmButton';
import DataTable from '@/components/ui/DataTable';
import DownloadButton from '@/components/ui/DownloadButton';
import ItemAnalysis from '@/components/teach/ItemAnalysis';
import UserText from '@/components/ui/UserText';
import type { QuestionRef } from '@/lib/content/refs';
import type { Question } from '@/lib/content/schema';
import { minutesTaken, type AssignmentGroup } from '@/lib/gradebook';
import { percentage } from '@/lib/scoring';
import { useGradebookActions } from '@/store/gradebook';

/** A class fits whole; a district's paste of thousands shows its first rows until asked, so the page stays quick. */
const ROWS_SHOWN = 200;

export default function AssignmentResults({
  group,
  lookup,
}: {
  group: AssignmentGroup;
  lookup: ReadonlyMap<QuestionRef, Question>;
}) {
  const { deleteReceipt, deleteAssignment } = useGradebookActions();
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? group.receipts : group.receipts.slice(0, ROWS_SHOWN);
  const headingId = `assignment-${group.assignment}`;
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
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
      </p>
      <DataTable
        caption={
          <>
            Results for <UserText>{group.title}</UserText>
          </>
        }
        rows={rows}
        rowKey={(receipt) => receipt.checksum}
        columns={[
          { header: 'Name', cell: (receipt) => <UserText>{receipt.name}</UserText> },
          {
            header: 'Score',
            cell: (receipt) => {
              const score = { correct: receipt.correct, total: receipt.questions.length };
              return `${score.correct} of ${score.total} (${percentage(score)}%)`;
            },
          },
          { header: 'Time taken', cell: (receipt) => `${minutesTaken(receipt)} min` },
          {
            header: 'Submitted',
            cell: (receipt) =>
              new Date(receipt.finishedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }),
          },
          {
            header: 'Actions',
            hideHeader: true,
            cell: (receipt) => (
              <ConfirmButton
                label={
                  <>
                    Delete <UserText>{receipt.name}</UserText>
                  </>
                }
                question={
                  <>
                    Delete <UserText>{receipt.name}</UserText>’s result?
                  </>
                }
                confirmLabel="Delete"
                onConfirm={() => deleteReceipt(receipt.checksum)}
              />
            ),
          },
        ]}
      />
      {rows.length < group.receipts.length && (
        <button type="button" className="btn-secondary mt-3" onClick={() => setShowAll(true)}>
          Show all {group.receipts.length} students
        </button>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
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
            text: (await import('@/lib/gradebookCsv')).gradebookCsv(group),
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
}
