'use client';

import PageLink from '@/components/ui/PageLink';
import { useMemo } from 'react';
import AssignmentSession from '@/components/assignment/AssignmentSession';
import { assignmentPool, decodeAssignment } from '@/lib/assignment';
import type { Quiz } from '@/lib/content/schema';
import { useLocationHash } from '@/hooks/useLocationHash';

/** Opens the assignment in the link's fragment; a bad link gets a reason and a way to the plain quizzes. */
export default function AssignmentRunner({ quizzes }: { quizzes: Quiz[] }) {
  const hash = useLocationHash();
  const opened = useMemo(() => {
    if (hash === null) return null;
    const decoded = decodeAssignment(hash);
    if (!decoded.ok) return decoded;
    const pool = assignmentPool(decoded.value, quizzes);
    return pool.ok ? { ok: true as const, assignment: decoded.value, pool: pool.value } : pool;
  }, [hash, quizzes]);

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
  return <AssignmentSession assignment={opened.assignment} pool={opened.pool} quizzes={quizzes} />;
}
