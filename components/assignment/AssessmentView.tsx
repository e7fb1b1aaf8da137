'use client';

import { useState } from 'react';
import AnswersNotSavedNotice from '@/components/assignment/AnswersNotSavedNotice';
import HandInSummary from '@/components/assignment/HandInSummary';
import PositionBar from '@/components/quiz/PositionBar';
import QuestionCard from '@/components/quiz/QuestionCard';
import { currentQuestionId, isComplete, isLastQuestion } from '@/lib/attempt';
import type { Question } from '@/lib/content/schema';
import type { Slot } from '@/lib/progress/constants';
import type { Attempt } from '@/lib/progress/schema';
import { isCorrect } from '@/lib/scoring';
import { keepOnDevice } from '@/store/keepOnDevice';
import { progressStore, useProgressActions } from '@/store/progress';

interface AssessmentViewProps {
  slot: Slot;
  attempt: Attempt;
  questionFor: (ref: string) => Question | undefined;
  announce: (message: string) => void;
  onHandIn: () => void;
  focusFirstQuestion: boolean;
}

/**
 * An assessment: "Save and next" on each question with no word of right or wrong, then every answer on one
 * page to change before handing in. Nothing of it reaches the review deck until then.
 */
export default function AssessmentView(props: AssessmentViewProps) {
  const { slot, attempt, questionFor, announce, onHandIn, focusFirstQuestion } = props;
  const { answer, next, goTo, finish } = useProgressActions();
  const [focus, setFocus] = useState(focusFirstQuestion);
  /** Back at one question from the summary: saving it returns there. */
  const [changing, setChanging] = useState(false);
  const id = currentQuestionId(attempt) ?? '';
  const question = questionFor(id);

  if (isComplete(attempt) && !changing) {
    return (
      <>
        <HandInSummary
          attempt={attempt}
          questionFor={questionFor}
          takeFocus={focus}
          onChange={(ref) => {
            goTo(slot, ref);
            setChanging(true);
            setFocus(true);
          }}
          onHandIn={() => {
            finish(slot, Date.now());
            keepOnDevice();
            onHandIn();
          }}
        />
        <AnswersNotSavedNotice />
      </>
    );
  }
  if (!question) return null;

  const save = (choiceIds: string[]) => {
    answer(slot, id, { choiceIds, correct: isCorrect(question, choiceIds) }, Date.now());
    announce(progressStore.saves.get().saved ? 'Answer saved.' : 'Answer kept on this page only.');
    setFocus(true);
    if (changing) setChanging(false);
    else if (!isLastQuestion(attempt)) next(slot);
  };

  return (
    <>
      <PositionBar current={attempt.position + 1} total={attempt.questionIds.length} />
      <QuestionCard
        key={`${attempt.startedAt}:${id}`}
        question={question}
        record={attempt.answers[id]}
        onCheck={save}
        saveLabel={changing ? 'Save and back to the summary' : 'Save and next'}
        focusOnMount={focus}
      />
      <AnswersNotSavedNotice />
    </>
  );
}
