'use client';

import { useState } from 'react';
import QuestionCard from '@/components/quiz/QuestionCard';
import type { Question } from '@/lib/content/schema';
import { isCorrect } from '@/lib/scoring';

/** A question as a student takes it in practice: Check, then the feedback with its quote and "read in context". */
export default function QuestionPreview({ question }: { question: Question }) {
  const [record, setRecord] = useState<{ choiceIds: string[]; correct: boolean }>();
  const [round, setRound] = useState(0);
  return (
    <QuestionCard
      key={round}
      question={question}
      record={record}
      onCheck={(choiceIds) => setRecord({ choiceIds, correct: isCorrect(question, choiceIds) })}
      onNext={() => {
        setRecord(undefined);
        setRound(round + 1);
      }}
      nextLabel="Try the preview again"
      focusOnMount={false}
    />
  );
}
