'use client';

import ConfirmButton from '@/components/ConfirmButton';
import ItemAnalysis from '@/components/ItemAnalysis';
import UserText from '@/components/UserText';
import type { QuestionRef } from '@/lib/content/refs';
import type { Question } from '@/lib/content/schema';
import { gradebookCsv, minutesTaken, type AssignmentGroup } from '@/lib/gradebook';
import { percentage } from '@/lib/scoring';
import { useGradebookActions } from '@/store/gradebook';

function downloadCsv(group: AssignmentGroup) {
  const url = URL.createObjectURL(new Blob([gradebookCsv(group)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${group.title.replace(/[^\w-]+/g, '-').toLowerCase() || 'results'}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

export default function AssignmentResults({
  group,
  lookup,
}: {
  group: AssignmentGroup;
  lookup: ReadonlyMap<QuestionRef, Question>;
}) {
  const { deleteReceipt, deleteAssignment } = useGradebookActions();
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
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Results for {group.title}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Name
              </th>
              <th scope="col" className="py-2 pr-3">
                Score
              </th>
              <th scope="col" className="py-2 pr-3">
                Time taken
              </th>
              <th scope="col" className="py-2 pr-3">
                Submitted
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {group.receipts.map((receipt) => {
              const score = { correct: receipt.correct, total: receipt.questions.length };
              return (
                <tr key={receipt.checksum} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <UserText>{receipt.name}</UserText>
                  </th>
                  <td className="py-2 pr-3">
                    {score.correct} of {score.total} ({percentage(score)}%)
                  </td>
                  <td className="py-2 pr-3">{minutesTaken(receipt)} min</td>
                  <td className="py-2 pr-3">
                    {new Date(receipt.finishedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}
                  </td>
                  <td className="py-2">
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
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => downloadCsv(group)}>
          Download CSV
        </button>
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
