'use client';

import PageLink from '@/components/ui/PageLink';
import { useMemo } from 'react';
import AssignmentSession from '@/components/assignment/AssignmentSession';
import QuestionBankProblem from '@/components/ui/QuestionBankProblem';
import { assignmentPool, decodeAssignment } from '@/lib/assignment';
import { useLocationHash } from '@/hooks/useLocationHash';
import { useQuestionBank } from '@/hooks/useQuestionBank';

/**
 * Opens the assignment in the link's fragment; a bad link gets a reason and a way to the plain quizzes. The
 * questions are fetched once the link has been read, so a link that cannot be opened says so at once.
 */
export default function AssignmentRunner({ bank: integrity }: { bank: string }) {
  const hash = useLocationHash();
  const decoded = useMemo(() => (hash === null ? null : decodeAssignment(hash)), [hash]);
  const bank = useQuestionBank(integrity, decoded?.ok === true);
  const opened = useMemo(() => {
    if (decoded === null || !decoded.ok) return decoded;
    if (bank.status !== 'ready') return null;
    const pool = assignmentPool(decoded.value, bank.quizzes);
    return pool.ok ? { ok: true as const, assignment: decoded.value, pool: pool.value, quizzes: bank.quizzes } : pool;
  }, [decoded, bank]);

  if (decoded?.ok && bank.status === 'failed') return <QuestionBankProblem />;
  if (opened === null) return <p className="text-slate-700">Opening the assignment…</p>;
  if (!opened.ok) {
    return (
      <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-4">
        <h2 className="font-semibold">This assignment link cannot be opened</h2>
        <p className="mt-1">{opened.reason}</p>
        <PageLink href="/" className="btn-secondary mt-3">
          Practice with the quizzes instead
        </PageLink>
      </div>
    );
  }
  return <AssignmentSession assignment={opened.assignment} pool={opened.pool} quizzes={opened.quizzes} />;
}
