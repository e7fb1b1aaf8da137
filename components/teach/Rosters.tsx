'use client';

import { useEffect, useMemo } from 'react';
import RosterEditor from '@/components/teach/RosterEditor';
import { rosterKey } from '@/lib/roster';
import { useAssignments } from '@/store/assignments';
import { useRosters, useRostersActions } from '@/store/rosters';

/** A roster for each class the teacher has assigned to, so the gradebook can say who has not handed in. */
export default function Rosters() {
  const kept = useAssignments((s) => s.kept);
  const loaded = useRosters((s) => s.loaded);
  const problem = useRosters((s) => s.problem);
  const { load } = useRostersActions();
  const classes = useMemo(() => {
    const byKey = new Map<string, string>();
    for (const { assignment } of kept)
      if (assignment.className && !byKey.has(rosterKey(assignment.className)))
        byKey.set(rosterKey(assignment.className), assignment.className);
    return [...byKey.values()].sort((a, b) => a.localeCompare(b));
  }, [kept]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="rosters-heading" className="mt-10">
      <h2 id="rosters-heading" className="text-xl font-semibold">
        Rosters
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Kept on this device only, never put in a link. The gradebook uses them to show who has not handed in.
      </p>
      {problem && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {problem}
        </p>
      )}
      {loaded && classes.length === 0 && (
        <p className="mt-2">Give an assignment a class, and its roster can be kept here.</p>
      )}
      <div className="mt-3 space-y-6">
        {loaded && classes.map((className) => <RosterEditor key={rosterKey(className)} className={className} />)}
      </div>
    </section>
  );
}
