import { useMemo } from 'react';
import { useMinuteClock } from '@/hooks/useMinuteClock';
import { reviewVisibleToStudy } from '@/lib/progress/study';
import type { ReviewDeck } from '@/lib/schedule';
import { useProgress } from '@/store/progress';

/** The review deck as self-study shows it: nothing of an assessment whose answers are not open yet. */
export function useReviewVisibleToStudy(): ReviewDeck {
  const review = useProgress((s) => s.review);
  const assignments = useProgress((s) => s.assignments);
  const now = useMinuteClock();
  return useMemo(() => reviewVisibleToStudy({ review, assignments }, now), [review, assignments, now]);
}
