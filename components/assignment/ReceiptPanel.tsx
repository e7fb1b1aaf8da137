'use client';

import { useMemo } from 'react';
import CopyButton from '@/components/ui/CopyButton';
import LinkField from '@/components/ui/LinkField';
import AnsweredQuestion from '@/components/quiz/AnsweredQuestion';
import SendToTeacher from '@/components/assignment/SendToTeacher';
import ResultQrCode from '@/components/assignment/ResultQrCode';
import ResultRecord from '@/components/assignment/ResultRecord';
import ShareButton from '@/components/ui/ShareButton';
import { useMinuteClock } from '@/hooks/useMinuteClock';
import { contentVersion, type Assignment } from '@/lib/assignment';
import { attemptScore } from '@/lib/attempt';
import type { QuestionRef } from '@/lib/content/refs';
import type { Question } from '@/lib/content/schema';
import { formatDate, isolated } from '@/lib/format';
import { studentNameOf } from '@/lib/plainText';
import { receiptLink } from '@/lib/links';
import type { FinishedAttempt, QuizProgress } from '@/lib/progress/schema';
import { encodeReceipt, makeReceipt } from '@/lib/receipt';
import { percentage } from '@/lib/scoring';
import { firstAnsweredToName } from '@/lib/spellOut';

interface ReceiptPanelProps {
  assignment: Assignment;
  attempt: FinishedAttempt;
  /** What else happened to this assignment on this device: the result carries it for the teacher. */
  history: Pick<QuizProgress, 'renamedFrom' | 'restarts'>;
  name: string;
  lookup: ReadonlyMap<QuestionRef, Question>;
}

export default function ReceiptPanel({ assignment, attempt, history, name, lookup }: ReceiptPanelProps) {
  const score = attemptScore(attempt);
  const answersOpen = (attempt.answersFrom ?? 0) <= useMinuteClock();
  const receipt = useMemo(
    () =>
      makeReceipt({
        assignment: assignment.id,
        title: assignment.title,
        className: assignment.className,
        // A name saved before names were cleaned could hold a tab: the result carries it as the store now would.
        name: studentNameOf(name),
        questions: attempt.questionIds,
        answers: attempt.questionIds.map((id) => attempt.answers[id]?.choiceIds ?? []),
        correct: score.correct,
        startedAt: attempt.startedAt,
        finishedAt: attempt.finishedAt,
        contentVersion: contentVersion(attempt.questionIds, lookup),
        due: assignment.due,
        renamedFrom: history.renamedFrom?.length ? history.renamedFrom.map(studentNameOf) : undefined,
        restarts: history.restarts || undefined,
        fewerChoices: assignment.fewerChoices,
      }),
    [assignment, attempt, history.renamedFrom, history.restarts, name, lookup, score.correct],
  );
  const token = encodeReceipt(receipt);
  const answered = attempt.questionIds.map((ref) => ({
    ref,
    question: lookup.get(ref),
    record: attempt.answers[ref],
  }));
  const firstToName = firstAnsweredToName(answered);
  const link = receiptLink(window.location.origin, token);
  const subject = `SourceCheck result: ${assignment.title ? isolated(assignment.title) : 'assignment'} (${isolated(name)})`;

  return (
    <>
      <section aria-labelledby="receipt-heading" className="space-y-3 rounded-lg border-2 border-blue-800 bg-white p-4">
        <h2 id="receipt-heading" className="text-lg font-semibold">
          You finished: {score.correct} of {score.total} right ({percentage(score)}%)
        </h2>
        <ResultRecord receipt={receipt} />
        {assignment.dropBox ? (
          <>
            <SendToTeacher dropBox={assignment.dropBox} token={token} checksum={receipt.checksum} />
            <p>The link below holds the same result, in case your teacher asks you for it.</p>
          </>
        ) : (
          <p>
            <strong>Nothing has been sent anywhere.</strong> Your result is inside the link below. Your teacher sees it
            only when you send it to them.
          </p>
        )}
        <LinkField id="receipt-link" label="Your result link" link={link} />
        <div className="flex flex-wrap gap-3">
          <CopyButton text={link} label="Copy my result link" />
          <ShareButton title={subject} text={`${subject}. Open this link to add it to your gradebook.`} url={link} />
          {assignment.teacherEmail && (
            <a
              className="btn-secondary"
              href={`mailto:${assignment.teacherEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`${link}\n`)}`}
            >
              Email to my teacher
            </a>
          )}
        </div>
        <ResultQrCode receipt={receipt} />
      </section>
      <h2 className="mt-8 text-xl font-semibold">Review</h2>
      {answersOpen ? (
        <ol className="mt-2 space-y-4">
          {answered.map(({ ref, question, record }, index) =>
            question ? (
              <li key={ref}>
                <AnsweredQuestion
                  number={index + 1}
                  question={question}
                  record={record}
                  spellOut={index === firstToName}
                />
              </li>
            ) : null,
          )}
        </ol>
      ) : (
        <p className="mt-2">
          Your teacher opens the answers and their quotes after the due date
          {assignment.due && `, ${formatDate(assignment.due)}`}. Come back to this link then to see which you got right;
          your review deck gets the ones you missed at the same time.
        </p>
      )}
    </>
  );
}
