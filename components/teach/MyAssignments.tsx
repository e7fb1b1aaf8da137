'use client';

import { useEffect, useMemo } from 'react';
import KeptAssignmentCard from '@/components/teach/KeptAssignmentCard';
import { useAssignments, useAssignmentsActions } from '@/store/assignments';
import { useGradebook, useGradebookActions } from '@/store/gradebook';

/** Every assignment this teacher built on this device, newest first, with how many results are in for each. */
export default function MyAssignments() {
  const kept = useAssignments((s) => s.kept);
  const loaded = useAssignments((s) => s.loaded);
  const problem = useAssignments((s) => s.problem);
  const receipts = useGradebook((s) => s.receipts);
  const { load } = useAssignmentsActions();
  const { load: loadGradebook } = useGradebookActions();
  const counts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const receipt of receipts) counts.set(receipt.assignment, (counts.get(receipt.assignment) ?? 0) + 1);
    return counts;
  }, [receipts]);

  useEffect(() => {
    void load();
    void loadGradebook();
  }, [load, loadGradebook]);

  return (
    <section aria-labelledby="my-assignments-heading" className="mt-6">
      <h2 id="my-assignments-heading" className="text-xl font-semibold">
        My assignments
      </h2>
      {problem && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {problem}
        </p>
      )}
      {loaded && kept.length === 0 && <p className="mt-2">No assignments on this device yet.</p>}
      <ul className="mt-3 space-y-4">
        {kept.map((k) => (
          <KeptAssignmentCard key={k.assignment.id} kept={k} results={counts.get(k.assignment.id) ?? 0} />
        ))}
      </ul>
    </section>
  );
}
