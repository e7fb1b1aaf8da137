'use client';

import { useMinuteClock } from '@/hooks/useMinuteClock';
import { dayOf } from '@/lib/days';
import { formatDate } from '@/lib/format';

/** Said before the student starts, not only on the result: a late result is marked late in the gradebook. */
export default function PastDueNotice({ due }: { due: string | undefined }) {
  const now = useMinuteClock();
  if (!due || dayOf(now) <= due) return null;
  return (
    <p role="note" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3">
      This was due on {formatDate(due)}. You can still take it; your result tells your teacher it came after the due
      date.
    </p>
  );
}
