'use client';

import PageLink from '@/components/ui/PageLink';
import MasteryChart from '@/components/progress/MasteryChart';
import ProgressTransfer from '@/components/progress/ProgressTransfer';
import { useMinuteClock } from '@/hooks/useMinuteClock';
import type { Quiz } from '@/lib/content/schema';
import { dayOf, streak } from '@/lib/days';
import { formatDate } from '@/lib/format';
import { quizSummaries, topicMastery } from '@/lib/progress/summary';
import { percentage } from '@/lib/scoring';
import { useProgress, useProgressHydrated } from '@/store/progress';
import { quizLink } from '@/lib/links';

export default function ProgressSummary({ quizzes }: { quizzes: Quiz[] }) {
  const hydrated = useProgressHydrated();
  const progressQuizzes = useProgress((s) => s.quizzes);
  const review = useProgress((s) => s.review);
  const activeDays = useProgress((s) => s.activeDays);
  const now = useMinuteClock();

  if (!hydrated) return <p className="text-slate-700">Loading your progress…</p>;
  const days = streak(activeDays, now);
  return (
    <>
      <p className="text-lg">
        <strong>{days}</strong> {days === 1 ? 'day' : 'days'} in a row practised.
      </p>
      <h2 className="mt-6 text-lg font-semibold">Quizzes</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your progress by quiz</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Quiz
              </th>
              <th scope="col" className="py-2 pr-3">
                Best score
              </th>
              <th scope="col" className="py-2 pr-3">
                Attempts
              </th>
              <th scope="col" className="py-2">
                Last played
              </th>
            </tr>
          </thead>
          <tbody>
            {quizSummaries(quizzes, { quizzes: progressQuizzes }).map(({ quiz, best, attempts, lastPlayed }) => (
              <tr key={quiz.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <PageLink
                    href={quizLink(quiz.id)}
                    className="inline-flex min-h-11 items-center text-blue-900 underline"
                  >
                    {quiz.title}
                  </PageLink>
                </th>
                <td className="py-2 pr-3">{best ? `${best.correct} of ${best.total} (${percentage(best)}%)` : '—'}</td>
                <td className="py-2 pr-3">{attempts}</td>
                <td className="py-2">{lastPlayed ? formatDate(dayOf(lastPlayed)) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-8 text-lg font-semibold">Mastery by topic</h2>
      <p className="text-sm text-slate-700">
        A question counts once your latest answer to it was right and it is not waiting for review.
      </p>
      <div className="mt-2">
        <MasteryChart topics={topicMastery(quizzes, { quizzes: progressQuizzes, review })} />
      </div>
      <ProgressTransfer />
    </>
  );
}
