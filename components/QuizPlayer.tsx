'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import Notice from '@/components/Notice';
import ProgressBar from '@/components/ProgressBar';
import QuestionCard from '@/components/QuestionCard';
import QuizIntro from '@/components/QuizIntro';
import { currentQuestionId, isLastQuestion } from '@/lib/attempt';
import type { Quiz } from '@/lib/content/schema';
import { resultsLink } from '@/lib/links';
import { choiceTexts } from '@/lib/questionTypes';
import { isCorrect } from '@/lib/scoring';
import { useProgress, useProgressActions, useProgressHydrated } from '@/store/progress';

export default function QuizPlayer({ quiz }: { quiz: Quiz }) {
  const router = useRouter();
  const hydrated = useProgressHydrated();
  const attempt = useProgress((s) => s.quizzes[quiz.id]?.current ?? null);
  const hasFinished = useProgress((s) => (s.quizzes[quiz.id]?.finished.length ?? 0) > 0);
  const notice = useProgress((s) => s.quizNotices[quiz.id]);
  const { start, answer, next, finish, reconcile, dismissQuizNotice } = useProgressActions();
  const questionIds = useMemo(() => quiz.questions.map((q) => q.id), [quiz]);
  const [announcement, setAnnouncement] = useState('');
  const [focusQuestion, setFocusQuestion] = useState(false);

  useEffect(() => {
    if (hydrated) reconcile(quiz.id, questionIds);
  }, [hydrated, quiz.id, questionIds, reconcile]);

  const questionId = attempt ? currentQuestionId(attempt) : undefined;
  const question = quiz.questions.find((q) => q.id === questionId);

  const onCheck = (choiceIds: string[]) => {
    if (!question) return;
    const correct = isCorrect(question, choiceIds);
    answer(quiz.id, question.id, { choiceIds, correct });
    setAnnouncement(
      correct ? 'Correct.' : `Incorrect. The right answer: ${choiceTexts(question.choices, question.answer)}.`,
    );
  };

  const onNext = () => {
    if (!attempt) return;
    setAnnouncement('');
    setFocusQuestion(true);
    if (isLastQuestion(attempt)) {
      finish(quiz.id, Date.now());
      router.push(resultsLink(quiz.id));
    } else {
      next(quiz.id);
    }
  };

  return (
    <>
      {/* In the page from the first render: a live region added later is not announced. */}
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
      {notice && <Notice message={notice} onDismiss={() => dismissQuizNotice(quiz.id)} />}
      {!hydrated ? (
        <p className="text-slate-700">Loading your progress…</p>
      ) : attempt && question ? (
        <>
          {attempt.kind === 'missed' && (
            <p className="mb-2 text-sm font-medium text-slate-700">Retrying the questions you missed</p>
          )}
          <ProgressBar current={attempt.position + 1} total={attempt.questionIds.length} />
          <QuestionCard
            key={question.id}
            question={question}
            record={attempt.answers[question.id]}
            onCheck={onCheck}
            onNext={onNext}
            nextLabel={isLastQuestion(attempt) ? 'See my results' : 'Next question'}
            focusOnMount={focusQuestion}
          />
        </>
      ) : (
        <QuizIntro
          questionCount={quiz.questions.length}
          resultsHref={hasFinished ? resultsLink(quiz.id) : null}
          onStart={() => {
            setFocusQuestion(true);
            start(quiz.id, 'full', questionIds, Date.now());
          }}
        />
      )}
    </>
  );
}
