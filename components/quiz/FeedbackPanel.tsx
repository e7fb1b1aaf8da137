'use client';

import GlossaryText from '@/components/ui/GlossaryText';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import QuoteBlock from '@/components/source/QuoteBlock';
import VerdictIcon from '@/components/ui/VerdictIcon';
import { memo } from 'react';
import { useFocusWhen } from '@/hooks/useFocusWhen';
import type { Question } from '@/lib/content/schema';
import { choiceTexts } from '@/lib/questionTypes';

export interface FeedbackPanelProps {
  question: Question;
  correct: boolean;
  /** True right after the student checks; false when the page reopens on an answered question. */
  takeFocus: boolean;
  /** No choice above has named the report's publisher: the quote's speaker spells it out. */
  spellOut: boolean;
}

// Memoized: the question card keeps it drawn, unseen, while the student chooses, and a choice alone changes none of
// its props.
export default memo(function FeedbackPanel({ question, correct, takeFocus, spellOut }: FeedbackPanelProps) {
  const panel = useFocusWhen<HTMLElement>(takeFocus);

  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby={`feedback-${question.id}`}
      className={`mt-4 rounded-md border-2 p-4 focus:outline-2 focus:outline-offset-2 focus:outline-blue-800 ${correct ? 'border-green-700 bg-green-50' : 'border-red-700 bg-red-50'}`}
    >
      <h3
        id={`feedback-${question.id}`}
        className={`flex items-center gap-2 text-lg font-bold ${correct ? 'text-green-900' : 'text-red-900'}`}
      >
        <VerdictIcon correct={correct} />
        {correct ? 'Correct' : 'Incorrect'}
      </h3>
      {!correct && (
        <p className="mt-2">
          The right answer: <strong>{choiceTexts(question.choices, question.answer)}</strong>
        </p>
      )}
      <p className="mt-2">
        <GlossaryText text={question.explanation} />
      </p>
      <div className="mt-2">
        <ReadAloudButton
          texts={[
            correct ? 'Correct.' : `Incorrect. The right answer: ${choiceTexts(question.choices, question.answer)}.`,
            question.explanation,
          ]}
          what="the feedback"
        />
      </div>
      <QuoteBlock question={question} spellOut={spellOut} />
    </section>
  );
});
