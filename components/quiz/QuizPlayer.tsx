'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import HeldByAssessment from '@/components/quiz/HeldByAssessment';
import LiveRegion from '@/components/ui/LiveRegion';
import Notice from '@/components/ui/Notice';
import QuizIntro from '@/components/quiz/QuizIntro';
import { useHeldByAssessment } from '@/hooks/useHeldByAssessment';
import { useLoaded } from '@/hooks/useLoaded';
import { quizRefs } from '@/lib/content/refs';
import type { Quiz } from '@/lib/content/schema';
import { resultsLink } from '@/lib/links';
import { loadOnce } from '@/lib/loadOnce';
import type { Slot } from '@/lib/progress/constants';
import { selectSlot, slotKey, useProgress, useProgressActions, useProgressHydrated } from '@/store/progress';

// The questions' code (the card, its choices, the feedback behind it) loads once the intro has painted, while the
// student reads it, rather than with the page's first scripts.
const quizAttempt = loadOnce(() => import('@/components/quiz/QuizAttempt').then((m) => m.default));

/**
 * A quiz's intro and Start, then its questions. The intro (the quiz's summary, rendered on the server) shows only
 * before Start: on every question it would push the prompt down a phone's screen.
 */
export default function QuizPlayer({ quiz, intro }: { quiz: Quiz; intro: React.ReactNode }) {
  const router = useRouter();
  const slot: Slot = useMemo(() => ({ in: 'quizzes', key: quiz.id }), [quiz.id]);
  const hydrated = useProgressHydrated();
  const attempt = useProgress((s) => selectSlot(s, slot)?.current ?? null);
  const hasFinished = useProgress((s) => (selectSlot(s, slot)?.finished.length ?? 0) > 0);
  const notice = useProgress((s) => s.notices[slotKey(slot)]);
  const { start, reconcile, dismissNotice } = useProgressActions();
  const questionIds = useMemo(() => quiz.questions.map((q) => q.id), [quiz]);
  const held = useHeldByAssessment(useMemo(() => quizRefs(quiz), [quiz]));
  const [announcement, setAnnouncement] = useState('');
  const [started, setStarted] = useState(false);
  const { loaded: QuizAttempt, failed: loadFailed } = useLoaded(quizAttempt);

  useEffect(() => {
    if (hydrated) reconcile(slot, questionIds);
  }, [hydrated, slot, questionIds, reconcile]);

  return (
    <>
      <LiveRegion message={announcement} />
      {notice && <Notice message={notice} onDismiss={() => dismissNotice(slot)} />}
      {/* In the server's HTML too: it is the page's text until progress loads. */}
      {!(hydrated && attempt) && intro}
      {!hydrated ? (
        <p className="text-slate-700">Loading your progress…</p>
      ) : held > 0 ? (
        <HeldByAssessment held={held} />
      ) : attempt ? (
        QuizAttempt ? (
          <QuizAttempt
            quiz={quiz}
            slot={slot}
            attempt={attempt}
            announce={setAnnouncement}
            onFinish={() => router.push(resultsLink(quiz.id))}
            focusFirstQuestion={started}
          />
        ) : loadFailed ? (
          <p role="alert" className="mt-2 font-medium text-red-800">
            The questions could not load. Check your connection, then reload this page.
          </p>
        ) : (
          <p className="mt-2 text-slate-700">Loading the questions…</p>
        )
      ) : (
        <QuizIntro
          resultsHref={hasFinished ? resultsLink(quiz.id) : null}
          onStart={() => {
            setStarted(true);
            start(slot, 'full', questionIds, Date.now());
          }}
        />
      )}
    </>
  );
}
