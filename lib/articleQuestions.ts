import './zodConfig';
import * as z from 'zod/mini';
import {
  ArticleSchema,
  OUTLET,
  articleQuestionProblems,
  articleQuestionSchema,
  articleSpeakers,
  type Article,
  type ArticleQuestion,
} from './content/article';
import type { QuestionType } from './content/schema';
import { foldForComparison, occurrences } from './content/text';
import { joinArticle, splitArticle } from './articleText';
import { startingChoices, type ChoiceStart } from './startingChoices';

/**
 * A teacher's article as their device keeps it, with the questions written on it: one record, so an article and its
 * questions are kept, changed and deleted together. `version` is the record's shape, for a later migrate.
 */
export const TeacherArticleRecordSchema = z
  .strictObject({
    version: z.literal(1),
    article: ArticleSchema,
    questions: z.array(z.unknown()).check(z.maxLength(200)),
    updatedAt: z.int().check(z.minimum(0)),
  })
  .check(
    z.refine(
      ({ article, questions }) => questions.every((q) => articleQuestionProblems(q, article).length === 0),
      'a question on the article does not keep its rules',
    ),
  );
export type TeacherArticleRecord = Omit<z.infer<typeof TeacherArticleRecordSchema>, 'questions'> & {
  questions: ArticleQuestion[];
};

/** The one record shape so far; a version 2 adds its step here, and every record read goes through it. */
export function migrateTeacherArticle(record: unknown): unknown {
  return record;
}

/** An article's id: random, so two teachers' articles never share one, and never a bank source's. */
export function newArticleId(random: () => number = Math.random): string {
  return `article-${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

/**
 * Who speaks in the chosen words by the article's quotation marks: outside them, the outlet; inside, someone the
 * article quotes, and only the teacher can tell which (null), unless the teacher named one person only.
 */
export function suggestArticleSpeaker(
  quote: { text: string; paragraph: number },
  article: Pick<Article, 'paragraphs' | 'speakers'>,
): string | null {
  const paragraph = foldForComparison(article.paragraphs[quote.paragraph - 1] ?? '');
  const words = foldForComparison(quote.text);
  if (words === '') return null;
  const shares = occurrences(paragraph, words);
  if (shares.length > 0 && shares.every((share) => share === 'none')) return OUTLET;
  return article.speakers.length === 1 ? article.speakers[0]!.id : null;
}

/** A new question on an article starts from the article's own speakers. */
export function articleChoiceStart(article: Article): ChoiceStart {
  return {
    finding: 'Something the article reports',
    speakers: articleSpeakers(article).map(({ id, name }) => ({ id, text: name })),
  };
}

export function blankArticleQuestion(id: string, article: Article, type: QuestionType = 'single'): ArticleQuestion {
  return {
    id,
    type,
    prompt: '',
    choices: startingChoices(type, articleChoiceStart(article)),
    answer: [],
    explanation: '',
    quote: { text: '', sourceId: article.id, speaker: OUTLET, paragraph: 1 },
    claims: [],
  };
}

/**
 * What is wrong with a question on an article, keyed by the field a message belongs beside ("prompt", "choices",
 * "answer", "explanation", "quote"), as the writer shows them.
 */
export function articleFieldProblems(question: ArticleQuestion, article: Article): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const { path, message } of articleQuestionProblems(question, article)) {
    const [field = 'question', ...rest] = path.map(String);
    const line = rest.length > 0 && field === 'choices' ? `choice ${Number(rest[0]) + 1}: ${message}` : message;
    if (!problems[field]?.includes(line)) (problems[field] ??= []).push(line);
  }
  return problems;
}

/**
 * A question on an article as the page keeps it between reloads: any stage of unfinished, but never more than a
 * question can hold, and never anything but text where text goes.
 */
const DraftSchema = z.strictObject({
  id: z.string().check(z.regex(/^mine-[a-z0-9]{8}$/)),
  type: z.enum(['single', 'true-false', 'multi', 'speaker', 'evidence']),
  prompt: z.string().check(z.maxLength(600)),
  choices: z
    .array(z.strictObject({ id: z.string().check(z.maxLength(40)), text: z.string().check(z.maxLength(300)) }))
    .check(z.maxLength(8)),
  answer: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(8)),
  explanation: z.string().check(z.maxLength(1200)),
  quote: z.strictObject({
    text: z.string().check(z.maxLength(1200)),
    sourceId: z.string().check(z.regex(/^article-[a-z0-9]{8}$/)),
    speaker: z.string().check(z.maxLength(40)),
    paragraph: z.int().check(z.minimum(1), z.maximum(300)),
  }),
  claims: z.tuple([]),
});

/** The question left unfinished on this article, or null when what is kept is not one, or is on another article. */
export function readArticleDraft(raw: string | null, article: Article): ArticleQuestion | null {
  if (raw === null) return null;
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.quote.sourceId === article.id ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * An article and its questions as a file of their own. A bank quiz file cannot hold them (its quotes are the bank's
 * source's), so this is the way to move them to another device or keep a copy.
 */
export function articleFile(record: Pick<TeacherArticleRecord, 'article' | 'questions'>): string {
  return `${JSON.stringify({ article: record.article, questions: record.questions }, null, 2)}\n`;
}

/**
 * An article file opened back in: the article checked by its schema, each question on its own against it, so one
 * that fails is named and the rest are kept. The file's text is untrusted; nothing is used but what passes.
 */
export function readArticleFile(
  text: string,
): { article: Article; questions: ArticleQuestion[]; problems: string[] } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: 'This file is not an article file: it is not JSON.' };
  }
  const parsed = ArticleSchema.safeParse((raw as { article?: unknown } | null)?.article);
  if (!parsed.success) return { problem: 'This file holds no article SourceCheck can read.' };
  const article = parsed.data;
  const list = (raw as { questions?: unknown }).questions;
  const questions: ArticleQuestion[] = [];
  const problems: string[] = [];
  (Array.isArray(list) ? list.slice(0, 200) : []).forEach((item, index) => {
    const checked = articleQuestionSchema(article).safeParse(item);
    if (!checked.success) {
      const first = checked.error.issues[0];
      problems.push(
        `Question ${index + 1} was not opened: ${first ? `${first.path.join('.') || 'question'}: ${first.message}` : 'it is not a question'}.`,
      );
    } else if (questions.some((q) => q.id === checked.data.id)) {
      problems.push(`Question ${index + 1} was not opened: the file holds it twice.`);
    } else questions.push(checked.data);
  });
  return { article, questions, problems };
}

/** The article as the teacher fills it in: text as pasted, each citation field as typed, the people it quotes. */
export interface ArticleForm {
  text: string;
  outlet: string;
  title: string;
  author: string;
  published: string;
  url: string;
  speakers: { id: string; name: string }[];
}

export const EMPTY_ARTICLE_FORM: ArticleForm = {
  text: '',
  outlet: '',
  title: '',
  author: '',
  published: '',
  url: '',
  speakers: [],
};

/** A kept article back in the form, to change its details. */
export function articleForm(article: Article): ArticleForm {
  const { outlet, title, author = '', published = '', url = '' } = article.citation;
  return { text: joinArticle(article.paragraphs), outlet, title, author, published, url, speakers: article.speakers };
}

const FORM_FIELD: Record<string, string> = { paragraphs: 'text', speakers: 'speakers' };
const FORM_MESSAGES: Record<string, string> = {
  outlet: 'write the outlet: students see it as the speaker of the article’s own words',
  title: 'write the article’s title',
  published: 'a date, or nothing',
  url: 'an address starting with https:// or http://, or nothing',
};

/**
 * The article the form makes, by the article's schema, or what is wrong with it keyed by the form's field; empty
 * optional fields are left out, and the text is split as the source page numbers it.
 */
export function articleFormProblems(
  form: ArticleForm,
  id: string,
): { article: Article | null; problems: Record<string, string[]> } {
  const split = splitArticle(form.text);
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const candidate = {
    id,
    citation: Object.fromEntries(
      Object.entries({
        outlet: form.outlet.trim(),
        title: form.title.trim(),
        author: optional(form.author),
        published: optional(form.published),
        url: optional(form.url),
      }).filter(([, value]) => value !== undefined),
    ),
    paragraphs: split.ok ? split.paragraphs : [],
    speakers: form.speakers,
  };
  const parsed = ArticleSchema.safeParse(candidate);
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    if (!problems[field]?.includes(message)) (problems[field] ??= []).push(message);
  };
  if (!split.ok) add('text', split.reason);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, field] = issue.path.map(String);
      if (head === 'citation' && field) add(field, FORM_MESSAGES[field] ?? issue.message);
      else if (head && FORM_FIELD[head] && !(head === 'paragraphs' && !split.ok)) add(FORM_FIELD[head], issue.message);
      else if (head !== 'paragraphs') add('text', issue.message);
    }
  }
  return { article: parsed.success && split.ok ? parsed.data : null, problems };
}

/** A speaker's id from the name the teacher gives: its letters and digits, never the outlet's, never one taken. */
export function speakerId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30)
      .replace(/-+$/, '') || 'speaker';
  const free = (id: string) => id !== OUTLET && !taken.includes(id);
  if (free(base)) return base;
  for (let n = 2; ; n += 1) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

/** The largest text the unfinished article form keeps between reloads: far past any article, short of a flood. */
const MAX_FORM_TEXT = 200_000;

const FormDraftSchema = z.strictObject({
  text: z.string().check(z.maxLength(MAX_FORM_TEXT)),
  outlet: z.string().check(z.maxLength(120)),
  title: z.string().check(z.maxLength(300)),
  author: z.string().check(z.maxLength(200)),
  published: z.string().check(z.maxLength(10)),
  url: z.string().check(z.maxLength(2000)),
  speakers: z
    .array(z.strictObject({ id: z.string().check(z.maxLength(40)), name: z.string().check(z.maxLength(120)) }))
    .check(z.maxLength(12)),
});

/** The article form as the teacher left it, or null when what is kept is not one (or was damaged). */
export function readArticleFormDraft(raw: string | null): ArticleForm | null {
  if (raw === null) return null;
  try {
    const parsed = FormDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A question added to those on an article, or put in place of the one it changes. */
export function withQuestion(questions: readonly ArticleQuestion[], question: ArticleQuestion): ArticleQuestion[] {
  return questions.some((q) => q.id === question.id)
    ? questions.map((q) => (q.id === question.id ? question : q))
    : [...questions, question];
}
