'use client';

import PageLink from '@/components/ui/PageLink';
import { useMemo, useState } from 'react';
import LiveRegion from '@/components/ui/LiveRegion';
import PositionBar from '@/components/quiz/PositionBar';
import QuestionCard from '@/components/quiz/QuestionCard';
import { useMinuteClock } from '@/hooks/useMinuteClock';
import QuestionBankProblem from '@/components/ui/QuestionBankProblem';
import { useQuestionBank } from '@/hooks/useQuestionBank';
import type { QuizOutline } from '@/lib/content/outline';
import { questionLookup, quizRefs } from '@/lib/content/refs';
import { formatDay } from '@/lib/format';
import { endOfDay } from '@/lib/days';
import type { AnswerRecord } from '@/lib/progress/schema';
import { choiceTexts, practiceQuestion } from '@/lib/questionTypes';
import { dueRefs, nextReview } from '@/lib/schedule';
import { isCorrect } from '@/lib/scoring';
import { useProgressActions, useProgressHydrated } from '@/store/progress';
import { useReviewVisibleToStudy } from '@/hooks/useReviewVisibleToStudy';

/**
 * One pass through what is due: the list is fixed when the learner starts, so a question
 * answered wrong now waits for tomorrow instead of coming straight back. What is due is counted from the quizzes'
 * outlines; the questions themselves are fetched when the learner starts.
 */
export default function ReviewSession({ quizzes, bank: integrity }: { quizzes: QuizOutline[]; bank: string }) {
  const known = useMemo(() => new Set(quizzes.flatMap(quizRefs)), [quizzes]);
  const titles = useMemo(() => new Map(quizzes.map((q) => [q.id, q.title])), [quizzes]);
  const hydrated = useProgressHydrated();
  const review = useReviewVisibleToStudy();
  const { reviewAnswer } = useProgressActions();
  const now = useMinuteClock();
  /** The refs due when the learner pressed Start, and when: the pass's choice orders are drawn from that moment. */
  const [session, setSession] = useState<{ refs: string[]; startedAt: number } | null>(null);
  const [position, setPosition] = useState(0);
  const [records, setRecords] = useState<Record<string, AnswerRecord>>({});
  const [announcement, setAnnouncement] = useState('');
  const bank = useQuestionBank(integrity, session !== null);
  const lookup = useMemo(() => (bank.status === 'ready' ? questionLookup(bank.quizzes) : null), [bank]);

  const today = endOfDay(now);
  const due = dueRefs(review, today).filter((ref) => known.has(ref));
  const next = nextReview(review, now);
  const nextLine = next && (
    <p className="mt-1 text-slate-700">
      Next review: {formatDay(next.day)}, {next.count} {next.count === 1 ? 'question' : 'questions'}.
    </p>
  );

  const body = () => {
    if (!hydrated) return <p className="text-slate-700">Loading your review deck…</p>;
    if (session === null) {
      return due.length === 0 ? (
        <div>
          <p>Nothing to review right now.</p>
          {nextLine}
          <PageLink href="/" className="btn-secondary mt-4">
            Back to the quizzes
          </PageLink>
        </div>
      ) : (
        <div>
          <p>
            {due.length} missed {due.length === 1 ? 'question is' : 'questions are'} due. Answer right and a question
            comes back later; answer wrong and it comes back tomorrow.
          </p>
          <button
            type="button"
            className="btn-primary mt-4"
            onClick={() => setSession({ refs: due, startedAt: Date.now() })}
          >
            Start the review
          </button>
        </div>
      );
    }
    if (bank.status === 'failed') return <QuestionBankProblem />;
    if (!lookup) return <p className="text-slate-700">Loading the questions…</p>;
    const ref = session.refs[position];
    const listed = ref ? lookup.get(ref) : undefined;
    if (!ref || !listed) {
      const right = Object.values(records).filter((r) => r.correct).length;
      const missedNow = session.refs.filter((r) => records[r] && !records[r].correct);
      return (
        <div>
          <h2 className="text-xl font-semibold">
            Review done: {right} of {session.refs.length} right
          </h2>
          {missedNow.length > 0 ? (
            <>
              <p className="mt-2">Missed again, back tomorrow:</p>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {missedNow.map((r) => (
                  <li key={r}>{lookup.get(r)?.prompt}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-2">Every one right: each comes back later, further apart each time.</p>
          )}
          {nextLine}
          <PageLink href="/" className="btn-primary mt-4">
            Back to the quizzes
          </PageLink>
        </div>
      );
    }
    const question = practiceQuestion(listed, session.startedAt, ref);
    const last = position === session.refs.length - 1;
    return (
      <>
        <PositionBar current={position + 1} total={session.refs.length} />
        <p className="mb-2 text-sm text-slate-700">From “{titles.get(ref.split('/')[0] ?? '')}”</p>
        <QuestionCard
          key={ref}
          question={question}
          record={records[ref]}
          onCheck={(choiceIds) => {
            const correct = isCorrect(question, choiceIds);
            reviewAnswer(ref, correct, Date.now());
            setRecords((r) => ({ ...r, [ref]: { choiceIds, correct } }));
            setAnnouncement(
              correct ? 'Correct.' : `Incorrect. The right answer: ${choiceTexts(question.choices, question.answer)}.`,
            );
          }}
          onNext={() => {
            setAnnouncement('');
            setPosition((p) => p + 1);
          }}
          nextLabel={last ? 'Finish the review' : 'Next question'}
          focusOnMount={position > 0}
        />
      </>
    );
  };

  return (
    <>
      <LiveRegion message={announcement} />
      {body()}
    </>
  );
}
