'use client';

import { useId, useState } from 'react';
import ArticleQuestionPreview from '@/components/teach/ArticleQuestionPreview';
import ChoicesEditor from '@/components/teach/ChoicesEditor';
import PassagePicker from '@/components/teach/PassagePicker';
import { TYPE_NAMES } from '@/components/teach/QuestionWriter';
import ChoiceField from '@/components/ui/ChoiceField';
import FieldProblems from '@/components/ui/FieldProblems';
import {
  articleChoiceStart,
  articleFieldProblems,
  blankArticleQuestion,
  readArticleDraft,
  suggestArticleSpeaker,
} from '@/lib/articleQuestions';
import { OUTLET, articleSpeakers, type Article, type ArticleQuestion } from '@/lib/content/article';
import type { QuestionType } from '@/lib/content/schema';
import { QUESTION_INSTRUCTIONS } from '@/lib/questionTypes';
import { startingChoices } from '@/lib/startingChoices';
import { newQuestionId } from '@/lib/teacherQuestions';

/** Where the question being written on an article waits between reloads, on this device only. */
const DRAFT_KEY = 'sourcecheck-article-question-draft';

function keptDraft(article: Article): ArticleQuestion {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(DRAFT_KEY);
  } catch {
    // Storage refused: the question starts blank and the page says nothing is kept (below).
  }
  return readArticleDraft(raw, article) ?? blankArticleQuestion(newQuestionId(), article);
}

/** Written choices stay between one answer and select-all; the fixed kinds start from their own choices. */
function retyped(question: ArticleQuestion, type: QuestionType, article: Article): Partial<ArticleQuestion> {
  const written = (t: QuestionType) => t === 'single' || t === 'multi';
  if (written(type) && written(question.type)) {
    return { type, answer: type === 'single' ? question.answer.slice(0, 1) : question.answer };
  }
  return { type, choices: startingChoices(type, articleChoiceStart(article)), answer: [] };
}

/**
 * Writing a question on the teacher's own article, as on the bank's source (QuestionWriter): the words chosen from
 * its paragraphs, the speaker suggested by its quotation marks, every rule checked as it is written
 * (lib/content/article.ts), each message beside its field, and a preview as a student sees it.
 */
export default function ArticleQuestionWriter({
  article,
  editing,
  onKeep,
}: {
  article: Article;
  /** A kept question to change, in place of the one being written. */
  editing: ArticleQuestion | null;
  /** Keeps the question; rejects when the device will not. */
  onKeep: (question: ArticleQuestion) => Promise<void>;
}) {
  const ids = useId();
  const [draft, setDraftState] = useState<ArticleQuestion>(() => editing ?? keptDraft(article));
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState(editing ? `Editing “${editing.prompt}”.` : '');
  const [draftKept, setDraftKept] = useState(true);
  const setDraft = (next: ArticleQuestion) => {
    setDraftState(next);
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
      setDraftKept(true);
    } catch {
      setDraftKept(false);
    }
  };
  const change = (patch: Partial<ArticleQuestion>) => {
    setStatus('');
    setDraft({ ...draft, ...patch });
  };

  const problems = articleFieldProblems(draft, article);
  const valid = Object.keys(problems).length === 0;
  const quoted = draft.quote.text !== '';
  const speakers = articleSpeakers(article);
  const inside = quoted && suggestArticleSpeaker(draft.quote, { ...article, speakers: [] }) !== OUTLET;
  const quoteProblems = !quoted
    ? tried
      ? ['choose the words the question quotes']
      : undefined
    : draft.quote.speaker === ''
      ? [
          article.speakers.length > 0
            ? 'choose who is quoted in these words'
            : 'these words stand inside quotation marks: add who is quoted to the article’s details first',
        ]
      : problems.quote;
  const shown = (field: string) => (tried ? problems[field] : undefined);

  const save = async () => {
    setTried(true);
    if (!valid) {
      setStatus('Not kept yet: the question has problems, each named beside its field.');
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-field-problems]:has(li)')?.focus());
      return;
    }
    try {
      await onKeep(draft);
      setStatus(`Kept on this device: “${draft.prompt}”.`);
      setTried(false);
      setDraft(blankArticleQuestion(newQuestionId(), article, draft.type));
    } catch {
      setStatus('Not kept: this browser would not keep it on this device. The question is still here to try again.');
    }
  };

  return (
    <>
      <form
        className="mt-6 space-y-6"
        aria-labelledby={`${ids}-write`}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${ids}-write`} className="text-lg font-semibold">
          Your question
        </h2>
        {!draftKept && (
          <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3">
            This browser will not keep the question while you write it: a reload loses what is not kept below.
          </p>
        )}
        <fieldset>
          <legend className="font-medium">Kind of question</legend>
          {(Object.keys(TYPE_NAMES) as QuestionType[]).map((type) => (
            <ChoiceField
              key={type}
              type="radio"
              name={`${ids}-type`}
              checked={draft.type === type}
              onChange={() => change(retyped(draft, type, article))}
            >
              {TYPE_NAMES[type]} <span className="text-sm text-slate-700">({QUESTION_INSTRUCTIONS[type]})</span>
            </ChoiceField>
          ))}
        </fieldset>

        <PassagePicker
          key={draft.id}
          paragraphs={article.paragraphs}
          picked={quoted ? { paragraph: draft.quote.paragraph, text: draft.quote.text } : null}
          onPick={({ paragraph, text }) => {
            const speaker = suggestArticleSpeaker({ paragraph, text }, article) ?? '';
            change({ quote: { ...draft.quote, paragraph, text, speaker } });
          }}
        />
        <div aria-live="polite">
          {quoted ? (
            <p>
              Quoted from paragraph {draft.quote.paragraph}: <q className="font-serif">{draft.quote.text}</q>
            </p>
          ) : (
            <p className="text-slate-700">No words chosen yet.</p>
          )}
        </div>

        <label className="block">
          <span className="block font-medium">Who is speaking in these words</span>
          {quoted && (
            <span id={`${ids}-suggested`} className="block text-sm text-slate-700">
              {inside
                ? 'These words stand inside the article’s quotation marks: choose which of the people or bodies it quotes says them.'
                : `These words stand outside quotation marks: they are ${article.citation.outlet}’s own.`}
            </span>
          )}
          <select
            className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-2"
            value={draft.quote.speaker}
            aria-describedby={[quoted && `${ids}-suggested`, `${ids}-quote-problems`].filter(Boolean).join(' ')}
            onChange={(e) => change({ quote: { ...draft.quote, speaker: e.target.value } })}
          >
            {draft.quote.speaker === '' && <option value="">Choose who is quoted…</option>}
            {speakers.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {speaker.id === OUTLET ? `${speaker.name} (the article’s own words)` : speaker.name}
              </option>
            ))}
          </select>
        </label>
        <FieldProblems id={`${ids}-quote-problems`} messages={quoteProblems} />

        <label className="block">
          <span className="block font-medium">Prompt</span>
          <textarea
            rows={3}
            maxLength={600}
            value={draft.prompt}
            aria-invalid={shown('prompt') ? true : undefined}
            aria-describedby={`${ids}-prompt-problems`}
            onChange={(e) => change({ prompt: e.target.value })}
            className="mt-1 w-full rounded border border-slate-400 bg-white p-2"
          />
        </label>
        <FieldProblems id={`${ids}-prompt-problems`} messages={shown('prompt')} />

        <ChoicesEditor
          question={draft}
          onChange={change}
          describedBy={`${ids}-choices-problems`}
          speakers={articleChoiceStart(article).speakers}
        />
        <FieldProblems
          id={`${ids}-choices-problems`}
          messages={[...(shown('choices') ?? []), ...(shown('answer') ?? [])]}
        />

        <label className="block">
          <span className="block font-medium">Explanation</span>
          <span id={`${ids}-explanation-hint`} className="block text-sm text-slate-700">
            Shown after the answer. Words in quotation marks must be the article’s own.
          </span>
          <textarea
            rows={4}
            maxLength={1200}
            value={draft.explanation}
            aria-invalid={shown('explanation') ? true : undefined}
            aria-describedby={`${ids}-explanation-hint ${ids}-explanation-problems`}
            onChange={(e) => change({ explanation: e.target.value })}
            className="mt-1 w-full rounded border border-slate-400 bg-white p-2"
          />
        </label>
        <FieldProblems id={`${ids}-explanation-problems`} messages={shown('explanation')} />

        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-primary">
            Keep this question
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              setTried(false);
              setStatus('');
              setDraft(blankArticleQuestion(newQuestionId(), article, draft.type));
            }}
          >
            Start a new question
          </button>
        </div>
        <p role="status" className="min-h-6 font-medium">
          {status}
        </p>
      </form>

      <section
        aria-labelledby={`${ids}-preview`}
        className="mt-6 rounded-lg border-2 border-dashed border-slate-400 p-4"
      >
        <h2 id={`${ids}-preview`} className="text-lg font-semibold">
          Preview: as a student sees it
        </h2>
        {valid ? (
          <ArticleQuestionPreview key={JSON.stringify(draft)} question={draft} article={article} />
        ) : (
          <p className="text-slate-700">The preview shows once the question passes every check.</p>
        )}
      </section>
    </>
  );
}
