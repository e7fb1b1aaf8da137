import { useDeferredValue, useMemo } from 'react';
import type { QuestionRef } from '@/lib/content/refs';
import type { Question } from '@/lib/content/schema';
import { SPEAKERS } from '@/lib/content/speakers';
import { answersIn } from '@/lib/itemAnalysis';
import { speakerMixUps } from '@/lib/speakerMixUps';
import type { Receipt } from '@/lib/receipt';

const noReceipts: Receipt[] = [];

/**
 * Whose words a class took for whose, most often first. Worked out in a render of its own after the results' table
 * (and apart from the question-by-question analysis) has painted: a district's 10,000 results hold 120,000 answers.
 */
export default function ClassSpeakerMixUps({
  receipts,
  lookup,
}: {
  receipts: Receipt[];
  lookup: ReadonlyMap<QuestionRef, Question>;
}) {
  const shown = useDeferredValue(receipts, noReceipts);
  const mixUps = useMemo(() => speakerMixUps(answersIn(shown, lookup)), [shown, lookup]);
  if (mixUps.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-semibold">Who is speaking: whose words were taken for whose</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {mixUps.map(({ said, taken, count }) => (
          <li key={`${said}-${taken}`}>
            Words of <strong>{SPEAKERS[said].label}</strong> answered as <strong>{SPEAKERS[taken].label}</strong>:{' '}
            {count} time{count === 1 ? '' : 's'}
          </li>
        ))}
      </ul>
    </>
  );
}
