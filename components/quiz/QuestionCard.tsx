'use client';

import { useId, useState } from 'react';
import AnswerSavedPanel from '@/components/quiz/AnswerSavedPanel';
import ChoiceList from '@/components/quiz/ChoiceList';
import FeedbackPanel from '@/components/quiz/FeedbackPanel';
import type { Question } from '@/lib/content/schema';
import type { AnswerRecord } from '@/lib/progress/schema';
import { useFocusWhen } from '@/hooks/useFocusWhen';
import { QUESTION_INSTRUCTIONS } from '@/lib/questionTypes';

interface QuestionCardProps {
  question: Question;
  /** The checked answer, once there is one. */
  record: AnswerRecord | undefined;
  /** Show right and wrong after Check (practice), or only that the answer was saved (assessment). */
  revealAnswer: boolean;
  onCheck: (choiceIds: string[]) => void;
  onNext: () => void;
  nextLabel: string;
  /** Move focus to the prompt when the card appears, as after Start or Next; not on a fresh page load. */
  focusOnMount: boolean;
}

export default function QuestionCard({
  question,
  record,
  revealAnswer,
  onCheck,
  onNext,
  nextLabel,
  focusOnMount,
}: QuestionCardProps) {
  const [selected, setSelected] = useState<string[]>(record?.choiceIds ?? []);
  const [missingChoice, setMissingChoice] = useState(false);
  const [justChecked, setJustChecked] = useState(false);
  const prompt = useFocusWhen<HTMLHeadingElement>(focusOnMount);
  const ids = useId();

  const check = (event: React.FormEvent) => {
    event.preventDefault();
    if (record) return;
    if (selected.length === 0) {
      setMissingChoice(true);
      return;
    }
    setJustChecked(true);
    onCheck(selected);
  };

  return (
    <div>
      <form onSubmit={check} noValidate>
        <fieldset disabled={Boolean(record)} aria-describedby={`${ids}-instructions ${ids}-error`}>
          <legend className="w-full">
            <h2
              ref={prompt}
              tabIndex={-1}
              className="text-xl font-semibold focus:outline-2 focus:outline-offset-4 focus:outline-blue-800"
            >
              {question.prompt}
            </h2>
          </legend>
          <p id={`${ids}-instructions`} className="mt-1 text-sm text-slate-700">
            {QUESTION_INSTRUCTIONS[question.type]}
          </p>
          <ChoiceList
            name={`choice-${question.id}`}
            multiple={question.type === 'multi'}
            choices={question.choices}
            selected={record?.choiceIds ?? selected}
            onChange={(next) => {
              setSelected(next);
              setMissingChoice(false);
            }}
            rightAnswer={record && revealAnswer ? question.answer : undefined}
          />
        </fieldset>
        <p id={`${ids}-error`} className="mt-2 min-h-6 text-sm font-medium text-red-800">
          {missingChoice ? 'Choose an answer first, then press Check.' : ''}
        </p>
        {!record && (
          <button type="submit" className="btn-primary mt-2 w-full sm:w-auto">
            Check
          </button>
        )}
      </form>
      {record && (
        <>
          {revealAnswer ? (
            <FeedbackPanel question={question} correct={record.correct} takeFocus={justChecked} />
          ) : (
            <AnswerSavedPanel takeFocus={justChecked} />
          )}
          <button type="button" onClick={onNext} className="btn-primary mt-4 w-full sm:w-auto">
            {nextLabel}
          </button>
        </>
      )}
    </div>
  );
}
