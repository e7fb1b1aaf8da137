'use client';

import PageLink from '@/components/ui/PageLink';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import AnsweredQuestion from '@/components/quiz/AnsweredQuestion';
import HeldByAssessment from '@/components/quiz/HeldByAssessment';
import { useHeldByAssessment } from '@/hooks/useHeldByAssessment';
import { attemptScore, bestScore, missedQuestionIds } from '@/lib/attempt';
import type { Quiz } from '@/lib/content/schema';
import { quizRefs } from '@/lib/content/refs';
import { SPEAKERS } from '@/lib/content/speakers';
import { quizLink } from '@/lib/links';
import { speakerMixUps } from '@/lib/speakerMixUps';
import { firstAnsweredToName } from '@/lib/spellOut';
import { percentage } from '@/lib/scoring';
import { useProgress, useProgressActions, useProgressHydrated } from '@/store/progress';

export default function ResultsView({ quiz }: { quiz: Quiz }) {
  const router = useRouter();
  const hydrated = useProgressHydrated();
  const finished = useProgress((s) => s.quizzes[quiz.id]?.finished);
  const { start } = useProgressActions();
  const held = useHeldByAssessment(useMemo(() => quizRefs(quiz), [quiz]));
  const last = finished?.at(-1);
  const retry = useCallback(
    (kind: 'full' | 'missed', ids: string[]) => {
      start({ in: 'quizzes', key: quiz.id }, kind, ids, Date.now());
      router.push(quizLink(quiz.id));
    },
    [start, router, quiz.id],
  );

  if (!hydrated) return <p className="text-slate-700">Loading your results…</p>;
  if (held > 0) return <HeldByAssessment held={held} />;
  if (!last) {
    return (
      <>
        <p>You have not finished this quiz on this device yet.</p>
        <PageLink href={quizLink(quiz.id)} className="btn-primary mt-4">
          Go to the quiz
        </PageLink>
      </>
    );
  }

  const score = attemptScore(last);
  const best = bestScore(finished ?? []);
  const missed = missedQuestionIds(last).filter((id) => quiz.questions.some((q) => q.id === id));
  const answered = last.questionIds.map((id) => ({
    id,
    question: quiz.questions.find((q) => q.id === id),
    record: last.answers[id],
  }));
  const mixUps = speakerMixUps(
    answered.map(({ id, question, record }) => ({ ref: id, question, chosen: record?.choiceIds ?? [] })),
  );
  const firstToName = firstAnsweredToName(answered);

  return (
    <>
      <section aria-labelledby="score-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="score-heading" className="text-lg font-semibold">
          {last.kind === 'missed' ? 'Your retry of the questions you missed' : 'Your score'}
        </h2>
        <p className="mt-1 text-3xl font-bold" data-testid="score">
          {score.correct} of {score.total} right ({percentage(score)}%)
        </p>
        {best && last.kind === 'full' && (
          <p className="mt-1 text-slate-700">
            Your best on this device: {best.correct} of {best.total} ({percentage(best)}%)
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          {/* What was missed comes first: retrying it is what teaches. */}
          {missed.length > 0 && (
            <button type="button" className="btn-primary" onClick={() => retry('missed', missed)}>
              Retry the {missed.length === 1 ? 'one' : `${missed.length}`} I missed
            </button>
          )}
          <button
            type="button"
            className={missed.length > 0 ? 'btn-secondary' : 'btn-primary'}
            onClick={() =>
              retry(
                'full',
                quiz.questions.map((q) => q.id),
              )
            }
          >
            Try again
          </button>
          <PageLink href="/" className="btn-secondary">
            All quizzes
          </PageLink>
        </div>
      </section>
      {mixUps.length > 0 && (
        <section aria-labelledby="mix-ups-heading" className="mt-6">
          <h2 id="mix-ups-heading" className="text-lg font-semibold">
            Who is speaking: what you mixed up
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {mixUps.map(({ said, taken, count, refs }) => (
              <li key={`${said}-${taken}`}>
                You took {SPEAKERS[said].words} for {SPEAKERS[taken].words}{' '}
                {count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`}:{' '}
                {refs.map((id, index) => (
                  <span key={id}>
                    {index > 0 && ', '}
                    <a href={`#review-${id}`} className="text-blue-900 underline">
                      question {last.questionIds.indexOf(id) + 1}
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 className="mt-8 text-xl font-semibold">Review</h2>
      <ol className="mt-2 space-y-4">
        {answered.map(({ id, question, record }, index) => (
          <li key={id}>
            {question ? (
              <AnsweredQuestion
                number={index + 1}
                question={question}
                record={record}
                spellOut={index === firstToName}
              />
            ) : (
              <p className="text-slate-700">Question {index + 1} has since been removed from this quiz.</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
