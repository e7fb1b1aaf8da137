'use client';

import PageLink from '@/components/ui/PageLink';
import MasteryChart from '@/components/progress/MasteryChart';
import DataTable from '@/components/ui/DataTable';
import ProgressTransfer from '@/components/progress/ProgressTransfer';
import { useMinuteClock } from '@/hooks/useMinuteClock';
import type { QuizOutline } from '@/lib/content/outline';
import { dayOf, streak } from '@/lib/days';
import { formatDate } from '@/lib/format';
import { quizSummaries, topicMastery } from '@/lib/progress/summary';
import { percentage } from '@/lib/scoring';
import { useProgress, useProgressHydrated } from '@/store/progress';
import { useReviewVisibleToStudy } from '@/hooks/useReviewVisibleToStudy';
import { quizLink } from '@/lib/links';

export default function ProgressSummary({ quizzes }: { quizzes: QuizOutline[] }) {
  const hydrated = useProgressHydrated();
  const progressQuizzes = useProgress((s) => s.quizzes);
  const review = useReviewVisibleToStudy();
  const activeDays = useProgress((s) => s.activeDays);
  const now = useMinuteClock();

  const days = streak(activeDays, now);
  // Until the device's progress is read, the page is drawn with its figures left as "…", so that what a student
  // reads first (and Lighthouse's largest paint) comes with the HTML rather than after the scripts, and nothing
  // moves when the figures arrive.
  const pending = (text: string) => (hydrated ? text : '…');
  return (
    <>
      <p className="min-h-14 text-lg">
        {!hydrated ? (
          'Loading your progress…'
        ) : days === 0 ? (
          'Start your streak today: answer one question, in a quiz or in review.'
        ) : (
          <>
            <strong>{days}</strong> {days === 1 ? 'day' : 'days'} in a row practiced.
          </>
        )}
      </p>
      <h2 className="mt-6 text-lg font-semibold">Quizzes</h2>
      <DataTable
        caption="Your progress by quiz"
        rows={quizSummaries(quizzes, { quizzes: progressQuizzes })}
        rowKey={({ quiz }) => quiz.id}
        columns={[
          {
            header: 'Quiz',
            cell: ({ quiz }) => (
              <PageLink href={quizLink(quiz.id)} className="inline-flex min-h-11 items-center text-blue-900 underline">
                {quiz.title}
              </PageLink>
            ),
          },
          {
            header: 'Best score',
            cell: ({ best }) => pending(best ? `${best.correct} of ${best.total} (${percentage(best)}%)` : '—'),
          },
          { header: 'Attempts', cell: ({ attempts }) => pending(String(attempts)) },
          {
            header: 'Last played',
            cell: ({ lastPlayed }) => pending(lastPlayed ? formatDate(dayOf(lastPlayed)) : '—'),
          },
        ]}
      />
      <h2 className="mt-8 text-lg font-semibold">Mastery by topic</h2>
      <p className="text-sm text-slate-700">
        A question counts once your latest answer to it, in a quiz or in review, was right.
      </p>
      <div className="mt-2">
        <MasteryChart topics={topicMastery(quizzes, { quizzes: progressQuizzes, review })} loading={!hydrated} />
      </div>
      {hydrated && <ProgressTransfer />}
    </>
  );
}
