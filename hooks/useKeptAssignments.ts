import { useEffect, useState } from 'react';
import type { Assignment } from '@/lib/assignment';

export type CarriedQuestions = Pick<Assignment, 'ownQuestions' | 'articles'>;

/**
 * What the assignments kept on this device add to their results, read after the page has painted: due dates, for
 * results that do not carry their own, and the teacher's own questions each link carried to its students, which its
 * results are checked against. `own` is null until they are read.
 */
export function useKeptAssignments(): {
  dues: ReadonlyMap<string, string>;
  own: ReadonlyMap<string, CarriedQuestions> | null;
} {
  const [dues, setDues] = useState<ReadonlyMap<string, string>>(new Map());
  const [own, setOwn] = useState<ReadonlyMap<string, CarriedQuestions> | null>(null);
  useEffect(() => {
    let stop = () => {};
    let stopped = false;
    void import('@/store/assignments').then(
      async ({ assignmentsStore }) => {
        await assignmentsStore
          .getState()
          .actions.load()
          .catch(() => undefined);
        const update = () => {
          const { kept } = assignmentsStore.getState();
          setDues(
            new Map(
              kept.flatMap(({ assignment }) => (assignment.due ? [[assignment.id, assignment.due] as const] : [])),
            ),
          );
          setOwn(
            new Map(
              kept.flatMap(({ assignment }) => (assignment.ownQuestions ? [[assignment.id, assignment] as const] : [])),
            ),
          );
        };
        if (stopped) return;
        update();
        stop = assignmentsStore.subscribe(update);
      },
      () => !stopped && setOwn(new Map()),
    );
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return { dues, own };
}
