'use client';

import { useId, useState } from 'react';
import ArticleQuestionPreview from '@/components/teach/ArticleQuestionPreview';
import DraftPreview from '@/components/teach/DraftPreview';
import PassagePicker from '@/components/teach/PassagePicker';
import QuestionDraftForm from '@/components/teach/QuestionDraftForm';
import QuestionKindPicker from '@/components/teach/QuestionKindPicker';
import QuestionWording from '@/components/teach/QuestionWording';
import QuotedWords from '@/components/teach/QuotedWords';
import FieldProblems from '@/components/ui/FieldProblems';
import { useKeptDraft } from '@/hooks/useKeptDraft';
import {
  articleChoiceStart,
  articleFieldProblems,
  blankArticleQuestion,
  readArticleDraft,
  suggestArticleSpeaker,
} from '@/lib/articleQuestions';
import { OUTLET, articleSpeakers, type Article, type ArticleQuestion } from '@/lib/content/article';
import { retyped } from '@/lib/startingChoices';
import { newQuestionId } from '@/lib/teacherQuestions';

/** Where the question being written on an article waits between reloads, on this device only. */
const DRAFT_KEY = 'sourcecheck-article-question-draft';

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
  const {
    draft,
    setDraft,
    kept: draftKept,
  } = useKeptDraft<ArticleQuestion>(
    DRAFT_KEY,
    (stored) => editing ?? readArticleDraft(stored, article) ?? blankArticleQuestion(newQuestionId(), article),
  );
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState(editing ? `Editing “${editing.prompt}”.` : '');
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
      <QuestionDraftForm
        kept={draftKept}
        status={status}
        onKeep={() => void save()}
        onStartNew={() => {
          setTried(false);
          setStatus('');
          setDraft(blankArticleQuestion(newQuestionId(), article, draft.type));
        }}
      >
        <QuestionKindPicker
          name={`${ids}-type`}
          value={draft.type}
          onChange={(type) => change(retyped(draft, type, articleChoiceStart(article)))}
        />

        <PassagePicker
          key={draft.id}
          paragraphs={article.paragraphs}
          picked={quoted ? { paragraph: draft.quote.paragraph, text: draft.quote.text } : null}
          onPick={({ paragraph, text }) => {
            const speaker = suggestArticleSpeaker({ paragraph, text }, article) ?? '';
            change({ quote: { ...draft.quote, paragraph, text, speaker } });
          }}
        />
        <QuotedWords quote={draft.quote} />

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

        <QuestionWording
          id={ids}
          draft={draft}
          onChange={change}
          problems={shown}
          sourceName="the article"
          speakers={articleChoiceStart(article).speakers}
        />
      </QuestionDraftForm>

      <DraftPreview ready={valid}>
        <ArticleQuestionPreview key={JSON.stringify(draft)} question={draft} article={article} />
      </DraftPreview>
    </>
  );
}
