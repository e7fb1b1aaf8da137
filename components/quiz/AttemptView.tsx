'use client';

import { useState } from 'react';
import PositionBar from '@/components/quiz/PositionBar';
import QuestionCard from '@/components/quiz/QuestionCard';
import { currentQuestionId, isLastQuestion } from '@/lib/attempt';
import type { Question } from '@/lib/content/schema';
import type { Slot } from '@/lib/progress/constants';
import type { Attempt } from '@/lib/progress/schema';
import { choiceTexts } from '@/lib/questionTypes';
import { isCorrect } from '@/lib/scoring';
import { keepOnDevice } from '@/store/keepOnDevice';
import { useProgressActions } from '@/store/progress';

interface AttemptViewProps {
  slot: Slot;
  attempt: Attempt;
  /** The question behind an attempt's id, with its choices in the order this student sees them. */
  questionFor: (id: string) => Question | undefined;
  announce: (message: string) => void;
  onFinish: () => void;
  /** Start focus on the question, as after pressing Start; not on a page load. */
  focusFirstQuestion: boolean;
}

/** A practice attempt: right or wrong, with the source's words, after each answer. */
export default function AttemptView(props: AttemptViewProps) {
  const { slot, attempt, questionFor, announce, onFinish, focusFirstQuestion } = props;
  const { answer, next, finish } = useProgressActions();
  const [focusQuestion, setFocusQuestion] = useState(focusFirstQuestion);
  const question = questionFor(currentQuestionId(attempt) ?? '');
  if (!question) return null;
  const id = currentQuestionId(attempt) ?? '';
  const last = isLastQuestion(attempt);

  const onCheck = (choiceIds: string[]) => {
    const correct = isCorrect(question, choiceIds);
    answer(slot, id, { choiceIds, correct }, Date.now());
    if (correct) announce('Correct.');
    else announce(`Incorrect. The right answer: ${choiceTexts(question.choices, question.answer)}.`);
  };

  const onNext = () => {
    announce('');
    setFocusQuestion(true);
    if (last) {
      finish(slot, Date.now());
      keepOnDevice();
      onFinish();
    } else {
      next(slot);
    }
  };

  return (
    <>
      <PositionBar current={attempt.position + 1} total={attempt.questionIds.length} />
      <QuestionCard
        key={id}
        question={question}
        record={attempt.answers[id]}
        onCheck={onCheck}
        onNext={onNext}
        nextLabel={last ? 'See my results' : 'Next question'}
        focusOnMount={focusQuestion}
      />
    </>
  );
}
