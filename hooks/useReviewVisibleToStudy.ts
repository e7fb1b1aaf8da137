import { useMemo } from 'react';
import { reviewVisibleToStudy } from '@/lib/progress/study';
import type { ReviewDeck } from '@/lib/schedule';
import { useProgress } from '@/store/progress';

/** The review deck as self-study shows it: nothing of an assessment that is not handed in yet. */
export function useReviewVisibleToStudy(): ReviewDeck {
  const review = useProgress((s) => s.review);
  const assignments = useProgress((s) => s.assignments);
  return useMemo(() => reviewVisibleToStudy({ review, assignments }), [review, assignments]);
}
