import { useDeferredValue, useMemo } from 'react';
import QuoteBlock from '@/components/source/QuoteBlock';
import ClassSpeakerMixUps from '@/components/teach/ClassSpeakerMixUps';
import type { QuestionRef } from '@/lib/content/refs';
import type { Question } from '@/lib/content/schema';
import { answerText } from '@/lib/gradebook';
import { itemAnalysis } from '@/lib/itemAnalysis';
import type { Receipt } from '@/lib/receipt';
import { percentage } from '@/lib/scoring';

const noReceipts: Receipt[] = [];

/** Hardest questions first: those are the ones worth discussing with the quote on the board. */
export default function ItemAnalysis({
  receipts,
  lookup,
}: {
  receipts: Receipt[];
  lookup: ReadonlyMap<QuestionRef, Question>;
}) {
  // Worked out in a render of its own after the results' table has painted: for a district's 10,000 results it
  // is among the longest work the gradebook does, and no one reads it before the table.
  const shown = useDeferredValue(receipts, noReceipts);
  const items = useMemo(
    () => itemAnalysis(shown, lookup).sort((a, b) => a.correct / a.asked - b.correct / b.asked),
    [shown, lookup],
  );
  return (
    <>
      <ClassSpeakerMixUps receipts={receipts} lookup={lookup} />
      <h3 className="mt-6 text-lg font-semibold">Question by question</h3>
      <ol className="mt-2 space-y-3">
        {items.map((item) => (
          <li key={item.ref} className="rounded border border-slate-200 p-3">
            <p className="font-medium">{item.question.prompt}</p>
            <p className="mt-1 text-sm">
              {percentage({ correct: item.correct, total: item.asked })}% right ({item.correct} of {item.asked}). Right
              answer: <strong>{answerText(item.question, item.question.answer)}</strong>
              {item.commonWrong && (
                <>
                  . Most chosen wrong answer: <strong>{item.commonWrong.text}</strong> ({item.commonWrong.count})
                </>
              )}
            </p>
            <details className="mt-1">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-900 underline">
                Show the quote
              </summary>
              <QuoteBlock question={item.question} />
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
