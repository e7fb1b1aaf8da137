'use client';

import { bestScore } from '@/lib/attempt';
import { percentage } from '@/lib/scoring';
import { useProgress, useProgressHydrated } from '@/store/progress';

/** The device's own figures for one quiz; blank until they are loaded, so no wrong score flashes. */
export default function QuizStatus({ quizId, questionCount }: { quizId: string; questionCount: number }) {
  const hydrated = useProgressHydrated();
  const progress = useProgress((s) => s.quizzes[quizId]);
  const best = progress ? bestScore(progress.finished) : null;
  const current = progress?.current;

  return (
    <p className="mt-2 min-h-6 text-sm font-medium text-slate-800" data-testid={`status-${quizId}`}>
      {hydrated && (
        <>
          {best ? `Best score: ${best.correct} of ${best.total} (${percentage(best)}%)` : !current && 'Not started'}
          {current && (
            <span className={`${best ? 'ml-2 ' : ''}inline-block rounded bg-blue-100 px-2 text-blue-900`}>
              In progress: question {Math.min(current.position + 1, current.questionIds.length)} of{' '}
              {current.questionIds.length || questionCount}
            </span>
          )}
        </>
      )}
    </p>
  );
}
