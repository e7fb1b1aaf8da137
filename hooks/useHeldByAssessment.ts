import { useMinuteClock } from '@/hooks/useMinuteClock';
import type { QuestionRef } from '@/lib/content/refs';
import { heldByAssessment } from '@/lib/progress/study';
import { useProgress } from '@/store/progress';

/** How many of these questions an assessment on this device keeps closed; 0 when they may be practiced. */
export function useHeldByAssessment(refs: readonly QuestionRef[]): number {
  const now = useMinuteClock();
  return useProgress((s) => heldByAssessment(refs, s.assignments, now));
}
