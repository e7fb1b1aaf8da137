'use client';

import { useState } from 'react';
import ConfirmButton from '@/components/ui/ConfirmButton';
import CopyButton from '@/components/ui/CopyButton';
import PageLink from '@/components/ui/PageLink';
import UserText from '@/components/ui/UserText';
import { useAssignmentToken } from '@/hooks/useAssignmentToken';
import { formatDate } from '@/lib/format';
import { duplicateLink } from '@/lib/duplicateLink';
import type { KeptAssignment } from '@/lib/keptAssignmentSchema';
import { assignmentLink } from '@/lib/links';
import { useAssignmentsActions } from '@/store/assignments';

type Problem = { text: string; collectFirst?: boolean } | null;

/**
 * Deletes the assignment's drop box on the server and forgets its key, only once it is empty: results still in it
 * are collected by the gradebook (which opens and checks them), never deleted unread from here.
 */
async function closeItsDropBox(boxId: string): Promise<Problem> {
  const [{ dropBoxStore }, { closeDropBox, fetchSealedResults }] = await Promise.all([
    import('@/store/dropBoxes'),
    import('@/lib/dropBoxRequests'),
  ]);
  await dropBoxStore.getState().actions.load();
  const box = dropBoxStore.getState().boxes.find((b) => b.id === boxId);
  if (!box) return null;
  const held = await fetchSealedResults(box.id, box.readToken);
  if (!held.ok && held.retry) return { text: `Not closed: ${held.message} Try again later.` };
  if (held.ok && held.results.length > 0) {
    const count = held.results.length === 1 ? 'one result' : `${held.results.length} results`;
    return {
      text: `Not closed: its drop box still holds ${count}. Collect them in the gradebook first;`,
      collectFirst: true,
    };
  }
  const closed = await closeDropBox(box.id, box.readToken);
  // A box the server no longer has (expired, closed elsewhere) is as closed as it can be.
  if (!closed.ok && closed.retry)
    return { text: `Its drop box could not be closed: ${closed.message} Try again later.` };
  await dropBoxStore.getState().actions.forget(box.id);
  return null;
}

/** One assignment in My assignments: what it is, how many results are in, and what the teacher can do with it. */
export default function KeptAssignmentCard({ kept, results }: { kept: KeptAssignment; results: number }) {
  const { close } = useAssignmentsActions();
  const [problem, setProblem] = useState<Problem>(null);
  const { assignment } = kept;
  const token = useAssignmentToken(assignment);
  const title = assignment.title ?? 'Untitled assignment';
  const headingId = `kept-${assignment.id}`;

  const closeIt = async () => {
    setProblem(null);
    try {
      const boxProblem = assignment.dropBox ? await closeItsDropBox(assignment.dropBox.id) : null;
      if (boxProblem) return setProblem(boxProblem);
      await close(assignment.id);
    } catch {
      setProblem({ text: 'This browser would not keep the change, so the assignment is still open here.' });
    }
  };

  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        <UserText>{title}</UserText>
        {kept.closedAt !== undefined && <span className="font-normal text-slate-700"> (closed)</span>}
      </h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-slate-700">Class</dt>
        <dd>{assignment.className ? <UserText>{assignment.className}</UserText> : 'None given'}</dd>
        <dt className="text-slate-700">Due</dt>
        <dd>{assignment.due ? formatDate(assignment.due) : 'No due date'}</dd>
        <dt className="text-slate-700">Results in</dt>
        <dd>{results}</dd>
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {kept.closedAt === undefined && token && (
          <CopyButton text={assignmentLink(window.location.origin, token)} label="Copy link again" />
        )}
        <PageLink href={duplicateLink(assignment.id)} className="btn-secondary">
          Duplicate for another class
        </PageLink>
        {kept.closedAt === undefined && (
          <ConfirmButton
            label="Close"
            question={
              <>
                Close <UserText>{title}</UserText>?{' '}
                {assignment.dropBox ? 'Its drop box is deleted once the gradebook has collected what is in it.' : ''}
              </>
            }
            confirmLabel="Close it"
            onConfirm={() => void closeIt()}
          />
        )}
      </div>
      <p role="status" className="mt-2 text-sm font-medium text-red-800">
        {problem?.text}
        {problem?.collectFirst && (
          <>
            {' '}
            {/* The gradebook's own drop box section, which collects, names what it refuses, and can close the box. */}
            <PageLink href="/teach/results" className="text-blue-900 underline">
              open the gradebook
            </PageLink>
            , then close it here or there.
          </>
        )}
      </p>
    </li>
  );
}
