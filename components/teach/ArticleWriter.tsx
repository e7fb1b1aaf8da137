'use client';

import { useEffect, useState } from 'react';
import ArticleForm from '@/components/teach/ArticleForm';
import ArticleQuestionList from '@/components/teach/ArticleQuestionList';
import ArticleQuestionWriter from '@/components/teach/ArticleQuestionWriter';
import ConfirmButton from '@/components/ui/ConfirmButton';
import JsonFileButton from '@/components/ui/JsonFileButton';
import UserText from '@/components/ui/UserText';
import {
  EMPTY_ARTICLE_FORM,
  articleForm,
  newArticleId,
  readArticleFile,
  readArticleFormDraft,
  withQuestion,
  type ArticleForm as Form,
} from '@/lib/articleQuestions';
import { articleQuestionProblems, type Article, type ArticleQuestion } from '@/lib/content/article';
import { useTeacherArticles, useTeacherArticlesActions } from '@/store/teacherArticles';

/** The article being brought in, unkept, and which kept article the teacher writes on: on this device only. */
const FORM_KEY = 'sourcecheck-article-form-draft';
const CURRENT_KEY = 'sourcecheck-article-current';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not remembered: the page still holds it until it is closed.
  }
}

/**
 * Loaded when the teacher chooses "Use an article of my own" (components/teach/WriteOn.tsx): bring in an article,
 * with its citation and the people it quotes, keep it on this device, and write questions on it.
 */
export default function ArticleWriter() {
  const records = useTeacherArticles((s) => s.articles);
  const loaded = useTeacherArticles((s) => s.loaded);
  const problem = useTeacherArticles((s) => s.problem);
  const { load, keep, remove } = useTeacherArticlesActions();
  useEffect(() => {
    void load();
  }, [load]);
  const [currentId, setCurrentId] = useState(() => read(CURRENT_KEY));
  const [form, setFormState] = useState<Form>(() => readArticleFormDraft(read(FORM_KEY)) ?? EMPTY_ARTICLE_FORM);
  const [newId, setNewId] = useState(newArticleId);
  const [changing, setChanging] = useState<Form | null>(null);
  const [editing, setEditing] = useState<{ question: ArticleQuestion; round: number } | null>(null);
  const [status, setStatus] = useState('');

  const setForm = (next: Form) => {
    setFormState(next);
    write(FORM_KEY, JSON.stringify(next));
  };
  const choose = (id: string | null) => {
    setCurrentId(id);
    write(CURRENT_KEY, id);
    setChanging(null);
    setEditing(null);
  };

  const list = Object.values(records).sort((a, b) => b.updatedAt - a.updatedAt);
  const current = currentId ? records[currentId] : undefined;

  const open = async (file: File) => {
    try {
      const read = readArticleFile(await file.text());
      if ('problem' in read) {
        setStatus(read.problem);
        return;
      }
      const here = records[read.article.id];
      const article = here?.article ?? read.article;
      const added = read.questions.filter(
        (q) => !here?.questions.some((kept) => kept.id === q.id) && articleQuestionProblems(q, article).length === 0,
      );
      await keep(article, [...(here?.questions ?? []), ...added]);
      choose(article.id);
      setStatus(
        [
          `Opened “${article.citation.title}” with ${added.length} question${added.length === 1 ? '' : 's'} from ${file.name}.`,
          here && 'The article was here already; questions here were kept as they are.',
          ...read.problems,
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch {
      setStatus(`Not opened: this browser would not read ${file.name} or keep what it holds on this device.`);
    }
  };

  /** A changed article is kept only if every question on it still keeps its rules: a change never costs one. */
  const keepChanged = async (article: Article) => {
    const questions = current?.questions ?? [];
    const broken = questions.filter((q) => articleQuestionProblems(q, article).length > 0);
    if (broken.length > 0) {
      const [first] = broken;
      throw new Error(
        `Not kept: ${broken.length} of your questions on it would no longer match the article (the first: “${first?.prompt}”). Change or delete them first, or bring the changed article in as a new one.`,
      );
    }
    await keep(article, questions);
    setChanging(null);
    setStatus('The article’s changes are kept.');
  };

  if (!loaded) return <p className="text-slate-700">Opening your articles…</p>;
  return (
    <>
      {problem && (
        <p role="alert" className="mb-4 text-sm font-medium text-red-800">
          {problem}
        </p>
      )}
      {list.length > 0 && (
        <label className="mb-4 block">
          <span className="block font-medium">The article you write on</span>
          <select
            className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-2"
            value={current ? current.article.id : ''}
            onChange={(e) => choose(e.target.value || null)}
          >
            <option value="">A new article…</option>
            {list.map(({ article, questions }) => (
              <option key={article.id} value={article.id}>
                {article.citation.title.slice(0, 80)} ({article.citation.outlet}, {questions.length} question
                {questions.length === 1 ? '' : 's'})
              </option>
            ))}
          </select>
        </label>
      )}

      {!current ? (
        <ArticleForm
          id={newId}
          form={form}
          onChange={setForm}
          keepLabel="Keep this article and write on it"
          onKeep={async (article) => {
            try {
              await keep(article, []);
            } catch {
              throw new Error(
                'Not kept: this browser would not keep it on this device. It is still here to try again.',
              );
            }
            write(FORM_KEY, null);
            setFormState(EMPTY_ARTICLE_FORM);
            setNewId(newArticleId());
            choose(article.id);
            setStatus(`Kept on this device: “${article.citation.title}”. Now choose the words a question quotes.`);
          }}
        />
      ) : changing ? (
        <ArticleForm
          id={current.article.id}
          form={changing}
          onChange={setChanging}
          keepLabel="Keep the changes"
          onKeep={keepChanged}
        />
      ) : (
        <section aria-labelledby="article-kept-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="article-kept-heading" className="text-lg font-semibold">
            <UserText>{current.article.citation.title}</UserText>
          </h2>
          <p className="text-sm text-slate-700">
            <UserText>{current.article.citation.outlet}</UserText>, {current.article.paragraphs.length} paragraphs.
            Quoted in it:{' '}
            {current.article.speakers.length > 0 ? (
              <UserText>{current.article.speakers.map((s) => s.name).join(', ')}</UserText>
            ) : (
              'no one named yet'
            )}
            .
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className="btn-secondary" onClick={() => setChanging(articleForm(current.article))}>
              Change its details
            </button>
            <ConfirmButton
              label="Delete this article"
              question={
                <>
                  Delete “<UserText>{current.article.citation.title}</UserText>” and its {current.questions.length}{' '}
                  question{current.questions.length === 1 ? '' : 's'} from this device?
                </>
              }
              confirmLabel="Delete"
              onConfirm={() =>
                void remove(current.article.id).then(
                  () => choose(null),
                  () => setStatus('Not deleted: this browser would not change it.'),
                )
              }
            />
          </div>
        </section>
      )}
      <p role="status" className="mt-2 min-h-6 font-medium">
        {status}
      </p>

      {current && !changing && (
        <>
          <ArticleQuestionWriter
            key={`${current.article.id}-${editing?.round ?? 0}`}
            article={current.article}
            editing={editing?.question ?? null}
            onKeep={async (question) => {
              await keep(current.article, withQuestion(current.questions, question));
              setEditing(null);
            }}
          />
          <ArticleQuestionList
            record={current}
            onEdit={(question) => setEditing({ question, round: (editing?.round ?? 0) + 1 })}
            onDelete={(question) =>
              keep(
                current.article,
                current.questions.filter((q) => q.id !== question.id),
              )
            }
          />
        </>
      )}
      <div className="mt-6">
        <JsonFileButton label="Open an article file" onFile={(file) => void open(file)} />
      </div>
    </>
  );
}
