import { useEffect, useMemo, useState } from 'react';
import type { Mine } from '@/store/teacherOwn';

export type { Mine };

const NONE: Mine = { questions: [], articles: [] };

/**
 * The questions the teacher wrote, on the bank's source and on their own articles, read from the device after the
 * builder has painted (their stores bring the writer's schemas with them), with those of an assignment being
 * duplicated that the device no longer has.
 */
export function useMine(extra: Mine): Mine {
  const [kept, setKept] = useState<Mine>(NONE);
  useEffect(() => {
    let stop = () => {};
    let stopped = false;
    void import('@/store/teacherOwn').then(({ watchMine }) => {
      // A device with none of the teacher's own keeps NONE, so the builder is not drawn again for nothing.
      if (!stopped) stop = watchMine((mine) => setKept(mine.questions.length + mine.articles.length ? mine : NONE));
    });
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return useMemo(
    () => ({
      questions: [...kept.questions, ...extra.questions.filter((q) => !kept.questions.some((k) => k.id === q.id))],
      articles: [...kept.articles, ...extra.articles.filter((a) => !kept.articles.some((k) => k.id === a.id))],
    }),
    [kept, extra],
  );
}
