'use client';

import PageLink from '@/components/ui/PageLink';
import { useMinuteClock } from '@/hooks/useMinuteClock';
import { endOfDay } from '@/lib/days';
import { dueRefs } from '@/lib/schedule';
import { useProgressHydrated } from '@/store/progress';
import { useReviewVisibleToStudy } from '@/hooks/useReviewVisibleToStudy';

/** On the catalogue, once the device's progress is loaded: how many missed questions are due again. */
export default function ReviewDueLink() {
  const hydrated = useProgressHydrated();
  const review = useReviewVisibleToStudy();
  const now = useMinuteClock();
  const due = hydrated ? dueRefs(review, endOfDay(now)).length : 0;
  return (
    <p className="mt-4 min-h-11">
      {due > 0 && (
        <PageLink href="/review" className="btn-primary">
          Review {due} missed {due === 1 ? 'question' : 'questions'} due today
        </PageLink>
      )}
    </p>
  );
}
