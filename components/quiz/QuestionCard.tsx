'use client';

import GlossaryText from '@/components/ui/GlossaryText';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import { useDeferredValue, useId, useState } from 'react';
import ChoiceList from '@/components/quiz/ChoiceList';
import type { Question } from '@/lib/content/schema';
import type { AnswerRecord } from '@/lib/progress/schema';
import { useFocusWhen } from '@/hooks/useFocusWhen';
import { useLoaded } from '@/hooks/useLoaded';
import { QUESTION_INSTRUCTIONS } from '@/lib/questionTypes';
import { loadOnce } from '@/lib/loadOnce';
import { spellOutFirst } from '@/lib/spellOut';

// The feedback (its verdict, quote, speaker and citation) loads once the question has painted rather than with the
// page's first scripts: it is in before a student has read the question and pressed Check, and later cards draw it
// as soon as they have painted.
const feedbackPanel = loadOnce(() => import('@/components/quiz/FeedbackPanel').then((m) => m.default));

/** Laid out, with no height, and invisible. */
const UNSEEN = { visibility: 'hidden', height: 0, overflow: 'hidden' } as const;

/** Practice: Check, then right or wrong and Next. An assessment: one press saves the answer, which stays open. */
type Flow = { onNext: () => void; nextLabel: string; saveLabel?: never } | { saveLabel: string; onNext?: never };

type QuestionCardProps = Flow & {
  question: Question;
  /** The checked (or, in an assessment, saved) answer, once there is one. */
  record: AnswerRecord | undefined;
  onCheck: (choiceIds: string[]) => void;
  /** Move focus to the prompt when the card appears, as after Start or Next; not on a fresh page load. */
  focusOnMount: boolean;
};

export default function QuestionCard(props: QuestionCardProps) {
  const { question, record, onCheck, focusOnMount } = props;
  const assessment = props.saveLabel !== undefined;
  const [selected, setSelected] = useState<string[]>(record?.choiceIds ?? []);
  const [missingChoice, setMissingChoice] = useState(false);
  const [justChecked, setJustChecked] = useState(false);
  const prompt = useFocusWhen<HTMLHeadingElement>(focusOnMount);
  const ids = useId();
  const locked = Boolean(record) && !assessment;
  const submitLabel = props.saveLabel ?? 'Check';
  // A question is a page of its own to the student: "ODNI" is spelled out in its first choice that names it.
  const spelled = spellOutFirst(question.choices.map((c) => c.text));
  const choices = question.choices.map((c, index) => ({ ...c, text: spelled.texts[index] ?? c.text }));
  // Tried again with each answer checked, should the first load have failed.
  const { loaded: FeedbackPanel } = useLoaded(feedbackPanel, true, record);
  // The unseen feedback is drawn once the card has painted, at low priority, so that a new card does not wait for it.
  const drawFeedback = useDeferredValue(true, locked);

  const check = (event: React.FormEvent) => {
    event.preventDefault();
    if (locked) return;
    if (selected.length === 0) {
      setMissingChoice(true);
      return;
    }
    setJustChecked(true);
    onCheck(selected);
  };

  return (
    <div className="relative">
      {/* Beside the prompt, not on a row of its own above it: the question starts as high on the screen as it can. */}
      <div className="absolute top-0 right-0">
        <ReadAloudButton texts={[question.prompt, ...choices.map((c) => c.text)]} what="the question and its choices" />
      </div>
      <form onSubmit={check} noValidate>
        <fieldset disabled={locked} aria-describedby={`${ids}-instructions ${ids}-error`}>
          <legend className="w-full">
            <h2
              ref={prompt}
              tabIndex={-1}
              className="pr-12 text-xl font-semibold focus:outline-2 focus:outline-offset-4 focus:outline-blue-800"
            >
              <GlossaryText text={question.prompt} />
            </h2>
          </legend>
          <p id={`${ids}-instructions`} className="mt-1 text-sm text-slate-700">
            {QUESTION_INSTRUCTIONS[question.type]}
          </p>
          <ChoiceList
            name={`choice-${question.id}`}
            multiple={question.type === 'multi'}
            choices={choices}
            selected={locked && record ? record.choiceIds : selected}
            onChange={(next) => {
              setSelected(next);
              setMissingChoice(false);
            }}
            rightAnswer={locked ? question.answer : undefined}
          />
        </fieldset>
        <p id={`${ids}-error`} className="mt-2 min-h-6 text-sm font-medium text-red-800">
          {missingChoice ? `Choose an answer first, then press ${submitLabel}.` : ''}
        </p>
        {!locked && (
          <button type="submit" className="btn-primary mt-2 w-full sm:w-auto">
            {submitLabel}
          </button>
        )}
      </form>
      {props.onNext && (
        <>
          {FeedbackPanel && drawFeedback ? (
            // Drawn and laid out unseen before Check, so that Check only has to show it: its first render and first
            // layout on a slow phone were most of the first Check's time. Unseen, it is out of the page for
            // everyone, screen readers included, no one can focus into it, and it takes focus only once shown;
            // the style is the element's own, so the component tests see it too. Until Check it is drawn for a
            // wrong answer whatever the student chooses, so that choosing never draws it again, and Check changes
            // at most its verdict and one line.
            <div style={locked ? undefined : UNSEEN}>
              <FeedbackPanel
                question={question}
                correct={record?.correct ?? false}
                takeFocus={justChecked}
                spellOut={spelled.rest}
              />
            </div>
          ) : (
            locked && (
              <p role="status" className="mt-4 text-slate-700">
                Loading the explanation…
              </p>
            )
          )}
          {locked && (
            <button type="button" onClick={props.onNext} className="btn-primary mt-4 w-full sm:w-auto">
              {props.nextLabel}
            </button>
          )}
        </>
      )}
    </div>
  );
}
