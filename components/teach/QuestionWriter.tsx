'use client';

import { useId, useMemo, useState } from 'react';
import DraftPreview from '@/components/teach/DraftPreview';
import MyQuestions from '@/components/teach/MyQuestions';
import PassagePicker from '@/components/teach/PassagePicker';
import QuestionDraftForm from '@/components/teach/QuestionDraftForm';
import QuestionKindPicker from '@/components/teach/QuestionKindPicker';
import QuestionPreview from '@/components/teach/QuestionPreview';
import QuestionWording from '@/components/teach/QuestionWording';
import QuotedWords from '@/components/teach/QuotedWords';
import ChoiceField from '@/components/ui/ChoiceField';
import FieldProblems from '@/components/ui/FieldProblems';
import { useKeptDraft } from '@/hooks/useKeptDraft';
import type { Claim, Question, Quiz } from '@/lib/content/schema';
import type { SourceId } from '@/lib/content/sources';
import { QUOTE_SPEAKERS, SPEAKERS } from '@/lib/content/speakers';
import { retyped } from '@/lib/startingChoices';
import {
  BANK_CHOICE_START,
  adaptedQuestion,
  blankQuestion,
  newQuestionId,
  questionProblems,
  readDraft,
  suggestSpeaker,
} from '@/lib/teacherQuestions';
import { useTeacherQuestionsActions } from '@/store/teacherQuestions';

/** Where the question being written waits between reloads, on this device only. */
const DRAFT_KEY = 'sourcecheck-question-draft';

/**
 * Loaded in the browser only (components/teach/WriteQuestion.tsx): the unfinished question is on the device.
 *
 * Writing a question on the source: its words chosen from the paragraphs, so the quote is verbatim by construction;
 * checked as it is written by the schema the bank is checked by, each message beside its field; previewed as a
 * student sees it; kept on this device.
 */
export default function QuestionWriter({
  sourceId,
  paragraphs,
  claims,
  quizzes,
}: {
  sourceId: SourceId;
  paragraphs: string[];
  claims: Claim[];
  quizzes: Quiz[];
}) {
  const ids = useId();
  const { keep } = useTeacherQuestionsActions();
  const {
    draft,
    setDraft,
    kept: draftKept,
  } = useKeptDraft<Question>(DRAFT_KEY, (stored) => readDraft(stored) ?? blankQuestion(newQuestionId(), sourceId));
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  /** The question being written when another took its place unkept: one press brings it back. */
  const [putAside, setPutAside] = useState<Question | null>(null);
  const [justKept, setJustKept] = useState(false);
  const context = useMemo(
    () => ({ sourceParagraphs: { [sourceId]: paragraphs }, claimIds: claims.map((c) => c.id) }),
    [sourceId, paragraphs, claims],
  );

  const problems = questionProblems(draft, context);
  const valid = Object.keys(problems).length === 0;
  const shown = (field: string) => (tried || field === 'quote' ? problems[field] : undefined);
  const replaceDraft = (next: Question) => {
    const written = draft.prompt !== '' || draft.quote.text !== '' || draft.explanation !== '';
    setPutAside(written && !justKept ? draft : null);
    setDraft(next);
  };
  const change = (patch: Partial<Question>) => {
    setJustKept(false);
    setStatus('');
    // A list names choices and words of the quote: once either changes, the teacher's question has none.
    const { list, ...rest } = { ...draft, ...patch };
    setDraft(list && !('quote' in patch) && !('choices' in patch) && !('type' in patch) ? { ...rest, list } : rest);
  };
  const quoted = draft.quote.text !== '';
  const suggested = quoted ? suggestSpeaker(draft.quote, context.sourceParagraphs) : null;
  const nearClaims = [...claims].sort(
    (a, b) =>
      Number(b.paragraphs.includes(draft.quote.paragraph)) - Number(a.paragraphs.includes(draft.quote.paragraph)),
  );

  const save = async () => {
    setTried(true);
    if (!valid) {
      setStatus('Not kept yet: the question has problems, each named beside its field.');
      // To the first of them, once they are shown.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-field-problems]:has(li)')?.focus());
      return;
    }
    try {
      await keep(draft);
      setStatus(`Kept on this device: “${draft.prompt}”.`);
      setTried(false);
      setJustKept(true);
      setPutAside(null);
      setDraft(blankQuestion(newQuestionId(), sourceId, draft.type));
    } catch {
      setStatus('Not kept: this browser would not keep it on this device. The question is still here to try again.');
    }
  };

  return (
    <>
      <section aria-labelledby={`${ids}-start`} className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id={`${ids}-start`} className="text-lg font-semibold">
          Start from a bank question
        </h2>
        <p className="text-sm text-slate-700">
          It becomes your own question with a new id, to reword as you like; the bank’s stays as it is.
        </p>
        <label className="mt-2 block">
          <span className="block font-medium">Bank question</span>
          <select
            className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-2"
            value=""
            onChange={(e) => {
              const question = quizzes.flatMap((q) => q.questions).find((q) => q.id === e.target.value);
              if (question) {
                setTried(false);
                setStatus(`Adapting “${question.prompt}”.`);
                replaceDraft(adaptedQuestion(question, newQuestionId()));
              }
            }}
          >
            <option value="">Choose a question to adapt…</option>
            {quizzes.map((quiz) => (
              <optgroup key={quiz.id} label={quiz.title}>
                {quiz.questions.map((question) => (
                  <option key={question.id} value={question.id}>
                    {question.prompt.slice(0, 90)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </section>

      <QuestionDraftForm
        kept={draftKept}
        status={status}
        onKeep={() => void save()}
        onStartNew={() => {
          setTried(false);
          setStatus('');
          replaceDraft(blankQuestion(newQuestionId(), sourceId, draft.type));
        }}
        afterStatus={
          putAside && (
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                setPutAside(null);
                setDraft(putAside);
                setStatus('The question you were writing is back.');
              }}
            >
              Bring back the question you were writing{putAside.prompt && `: “${putAside.prompt.slice(0, 60)}”`}
            </button>
          )
        }
      >
        <QuestionKindPicker
          name={`${ids}-type`}
          value={draft.type}
          onChange={(type) => change(retyped(draft, type, BANK_CHOICE_START))}
        />

        <PassagePicker
          key={draft.id}
          paragraphs={paragraphs}
          picked={quoted ? { paragraph: draft.quote.paragraph, text: draft.quote.text } : null}
          onPick={({ paragraph, text }) => {
            const quote = { ...draft.quote, paragraph, text };
            change({ quote: { ...quote, speaker: suggestSpeaker(quote, context.sourceParagraphs) } });
          }}
        />
        <QuotedWords quote={draft.quote} />

        <label className="block">
          <span className="block font-medium">Who is speaking in these words</span>
          {suggested && (
            <span id={`${ids}-suggested`} className="block text-sm text-slate-700">
              Suggested by where the words stand: {SPEAKERS[suggested].label}.
            </span>
          )}
          <select
            className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-2"
            value={draft.quote.speaker}
            aria-describedby={[suggested && `${ids}-suggested`, `${ids}-quote-problems`].filter(Boolean).join(' ')}
            onChange={(e) =>
              change({ quote: { ...draft.quote, speaker: e.target.value as Question['quote']['speaker'] } })
            }
          >
            {QUOTE_SPEAKERS.map((speaker) => (
              <option key={speaker} value={speaker}>
                {SPEAKERS[speaker].label}
              </option>
            ))}
          </select>
        </label>
        <FieldProblems
          id={`${ids}-quote-problems`}
          messages={quoted ? shown('quote') : tried ? ['choose the words the question quotes'] : undefined}
        />

        <QuestionWording id={ids} draft={draft} onChange={change} problems={shown} sourceName="the source" />

        <fieldset>
          <legend className="font-medium">The claims of the article it tests</legend>
          {nearClaims.map((claim) => (
            <ChoiceField
              key={claim.id}
              type="checkbox"
              checked={draft.claims.includes(claim.id)}
              onChange={(on) =>
                change({ claims: on ? [...draft.claims, claim.id] : draft.claims.filter((c) => c !== claim.id) })
              }
            >
              {claim.summary} <span className="text-sm text-slate-700">(paragraphs {claim.paragraphs.join(', ')})</span>
            </ChoiceField>
          ))}
        </fieldset>
        <FieldProblems id={`${ids}-claims-problems`} messages={shown('claims')} />
      </QuestionDraftForm>

      <DraftPreview ready={valid}>
        <QuestionPreview key={JSON.stringify(draft)} question={draft} />
      </DraftPreview>

      <MyQuestions
        context={context}
        onEdit={(question) => {
          setTried(false);
          setStatus(`Editing “${question.prompt}”.`);
          replaceDraft(question);
        }}
      />
    </>
  );
}
