'use client';

import QuoteBlock from '@/components/source/QuoteBlock';
import UserText from '@/components/ui/UserText';
import UserTextList from '@/components/ui/UserTextList';
import VerdictIcon from '@/components/ui/VerdictIcon';
import type { QuestionRef } from '@/lib/content/refs';
import type { Question } from '@/lib/content/schema';
import { answerText, minutesTaken } from '@/lib/gradebook';
import type { Receipt } from '@/lib/receipt';
import { isCorrect } from '@/lib/scoring';

/** One student's result question by question: their answer beside the right one, with the quote that decides it. */
export default function StudentAnswers({
  receipt,
  lookup,
}: {
  receipt: Receipt;
  lookup: ReadonlyMap<QuestionRef, Question>;
}) {
  const { restarts = 0, renamedFrom = [] } = receipt;
  const headingId = `answers-${receipt.checksum}`;
  return (
    <section aria-labelledby={headingId} className="mt-4 rounded border border-blue-800 p-3">
      <h3 id={headingId} className="text-lg font-semibold">
        <UserText>{receipt.name}</UserText>’s answers
      </h3>
      <p className="text-sm text-slate-700">
        {receipt.correct} of {receipt.questions.length} right in {minutesTaken(receipt)} min.{' '}
        {restarts > 0 ? `Started again ${restarts} ${restarts === 1 ? 'time' : 'times'}. ` : 'Never started again. '}
        {renamedFrom.length > 0 && (
          <>
            Earlier gave the name <UserTextList items={renamedFrom} />.
          </>
        )}
      </p>
      <ol className="mt-2 space-y-3">
        {receipt.questions.map((ref, index) => {
          const question = lookup.get(ref);
          if (!question) return null;
          const chosen = receipt.answers[index] ?? [];
          const right = isCorrect(question, chosen);
          return (
            <li key={ref} className="rounded border border-slate-200 p-3">
              <p className="font-medium">{question.prompt}</p>
              <p className="mt-1 flex items-center gap-1 text-sm">
                <VerdictIcon correct={right} />
                {right ? 'Right' : 'Wrong'}: answered <strong>{answerText(question, chosen)}</strong>
              </p>
              {!right && (
                <p className="text-sm">
                  Right answer: <strong>{answerText(question, question.answer)}</strong>
                </p>
              )}
              <QuoteBlock question={question} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
