import type { QuestionRef } from '@/lib/content/refs';
import { heldByAssessment } from '@/lib/progress/study';
import { useProgress } from '@/store/progress';

/** How many of these questions an unfinished assessment on this device holds; 0 when they may be practiced. */
export function useHeldByAssessment(refs: readonly QuestionRef[]): number {
  return useProgress((s) => heldByAssessment(refs, s.assignments));
}
