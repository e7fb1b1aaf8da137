'use client';

import { useId, useState } from 'react';
import ArticleSpeakersEditor from '@/components/teach/ArticleSpeakersEditor';
import FieldProblems from '@/components/ui/FieldProblems';
import { htmlToText, splitArticle, unpairedQuotationMarks } from '@/lib/articleText';
import { articleFormProblems, type ArticleForm as Form } from '@/lib/articleQuestions';
import { MAX_ARTICLE_CHARS, articleLength, type Article } from '@/lib/content/article';

const FIELDS = [
  ['outlet', 'Outlet (the newspaper, site or publisher)', 'text', 120],
  ['title', 'Title', 'text', 300],
  ['author', 'Author (if it names one)', 'text', 200],
  ['published', 'Date published (if known)', 'date', 10],
  ['url', 'Address (if it is on the web)', 'url', 2000],
] as const;

/**
 * The teacher's article: its text pasted or opened from a file (an HTML page is read as text only), its citation,
 * and the people or bodies it quotes. Nothing is kept until it passes the article's schema.
 */
export default function ArticleForm({
  form,
  onChange,
  onKeep,
  keepLabel,
  id,
}: {
  form: Form;
  onChange: (form: Form) => void;
  /** Keeps the article; rejects with the reason, in words, when it cannot. */
  onKeep: (article: Article) => Promise<void>;
  keepLabel: string;
  /** The article's id: its own when it is kept already, a new one when not. */
  id: string;
}) {
  const ids = useId();
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const split = splitArticle(form.text);
  const { article, problems } = articleFormProblems(form, id);
  const shown = (field: string) => (tried ? problems[field] : undefined);
  const unpaired = split.ok ? unpairedQuotationMarks(split.paragraphs) : [];

  const open = async (file: File) => {
    try {
      const text = await file.text();
      const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
      onChange({ ...form, text: html ? htmlToText(text) : text });
      setStatus(`Opened ${file.name}${html ? ': its text only, with no markup, script or style' : ''}.`);
    } catch {
      setStatus(`Not opened: this browser would not read ${file.name}.`);
    }
  };

  const keep = async () => {
    setTried(true);
    if (!article) {
      setStatus('Not kept yet: the article has problems, each named beside its field.');
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-field-problems]:has(li)')?.focus());
      return;
    }
    try {
      await onKeep(article);
      setTried(false);
      setStatus('');
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'Not kept: this browser would not keep it on this device.');
    }
  };

  return (
    <form
      aria-labelledby={`${ids}-heading`}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void keep();
      }}
    >
      <h2 id={`${ids}-heading`} className="text-lg font-semibold">
        Your article
      </h2>
      <label className="block">
        <span className="block font-medium">The article’s text</span>
        <span id={`${ids}-text-hint`} className="block text-sm text-slate-700">
          Paste it, with a blank line between paragraphs, or open a file below. At most{' '}
          {MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters: a longer one is refused, never cut.
        </span>
        <textarea
          rows={10}
          value={form.text}
          aria-invalid={shown('text') ? true : undefined}
          aria-describedby={`${ids}-text-hint ${ids}-text-count ${ids}-text-problems`}
          onChange={(e) => onChange({ ...form, text: e.target.value })}
          className="mt-1 w-full rounded border border-slate-400 bg-white p-2 font-serif"
        />
      </label>
      <p id={`${ids}-text-count`} className="text-sm text-slate-700" aria-live="polite">
        {split.ok
          ? `${split.paragraphs.length} paragraph${split.paragraphs.length === 1 ? '' : 's'}, ${articleLength(split.paragraphs).toLocaleString('en-US')} of ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters.`
          : form.text.trim() !== '' && split.reason}
        {unpaired.length > 0 &&
          ` The quotation marks of paragraph${unpaired.length === 1 ? '' : 's'} ${unpaired.join(', ')} do not pair up, so the app cannot tell who speaks there: choose the speaker yourself, or mend the text.`}
      </p>
      <FieldProblems id={`${ids}-text-problems`} messages={shown('text')} />
      <label className="btn-secondary cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-blue-800">
        Open a .txt or .html file
        <input
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
            e.target.value = '';
          }}
        />
      </label>

      <fieldset className="space-y-3">
        <legend className="font-medium">Its citation, as students will see it</legend>
        {FIELDS.map(([field, label, type, max]) => (
          <div key={field}>
            <label className="block">
              <span className="block">{label}</span>
              <input
                type={type}
                maxLength={max}
                value={form[field]}
                aria-invalid={shown(field) ? true : undefined}
                aria-describedby={`${ids}-${field}-problems`}
                onChange={(e) => onChange({ ...form, [field]: e.target.value })}
                className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-3"
              />
            </label>
            <FieldProblems id={`${ids}-${field}-problems`} messages={shown(field)} />
          </div>
        ))}
      </fieldset>

      <ArticleSpeakersEditor
        speakers={form.speakers}
        onChange={(speakers) => onChange({ ...form, speakers })}
        describedBy={`${ids}-speakers-problems`}
      />
      <FieldProblems id={`${ids}-speakers-problems`} messages={shown('speakers')} />

      <button type="submit" className="btn-primary">
        {keepLabel}
      </button>
      <p role="status" className="min-h-6 font-medium">
        {status}
      </p>
    </form>
  );
}
