/**
 * An article of the teacher's own, and the rules a question written on it keeps.
 *
 * How the assignment link uses this module (the contract; keep it small and stable):
 * - Each article that travels: `ArticleSchema.safeParse(raw)`. Only what passes is shown; its text is rendered as
 *   text, never as markup (components/source/ArticleInContext.tsx).
 * - Each question on an article: `articleQuestionProblems(raw, article)`; an empty list means the question is sound,
 *   and then `articleQuestionSchema(article).parse(raw)` (or the same schema's safeParse alone) gives it typed. A
 *   question is on an article when its `quote.sourceId` is that article's `id` (`isArticleId` tells an article's
 *   id from a bank source's).
 *
 * An article question has the bank question's shape (lib/content/schema.ts) with three differences: `quote.sourceId`
 * is the article's id, `quote.speaker` is `'outlet'` (the article's own narration) or the id of one of the
 * `article.speakers` (the people or bodies the teacher names as quoted in it), and it tests no claim of the bank's
 * registry (`claims` is empty) and has no `list`. A speaker question offers the outlet and the article's speakers as
 * its choices (ids from the same set) and its key is the quote's speaker. The bank's schema and types are unchanged.
 *
 * Zod mini, and nothing of the bank's schema at run time, because this runs on the student's assignment page.
 */
import '../zodConfig';
import * as z from 'zod/mini';
import type { QuestionType } from './schema';
import { choiceProblems, duplicatesOf, type Problem } from './choiceRules';
import { findQuoteParagraph, foldForComparison, occurrences, quotedSpans } from './text';

/** The bank's kinds of question, named here so the bank's schema (full zod) stays off the student's page (a test holds them equal). */
const QUESTION_TYPES = [
  'single',
  'true-false',
  'multi',
  'speaker',
  'evidence',
] as const satisfies readonly QuestionType[];

/**
 * The most text an article may hold, counted over its paragraphs. About 2,000 words, a long news story (the bank's
 * NPR source is 4,482). Prose deflates to about 40%, so 12,000 characters are about 4.9 kB compressed, 6.6 kB in a
 * link's base64; twenty questions quoting it add about 5 kB more, for a link of about 12,000 characters: well within
 * what browsers open (the fragment never reaches a server), Copy, Share and email carry, though far past a QR code.
 */
export const MAX_ARTICLE_CHARS = 12_000;
/** No paragraph of a news story is this long; a longer one is a page whose paragraphs were not told apart. */
export const MAX_PARAGRAPH_CHARS = 4_000;
export const MAX_PARAGRAPHS = 300;
export const MAX_ARTICLE_SPEAKERS = 12;
/** The speaker id of the article's own words: its narration, outside quotation marks. */
export const OUTLET = 'outlet';

export const ARTICLE_ID = /^article-[a-z0-9]{8}$/;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Slug = z.string().check(z.maxLength(40), z.regex(SLUG, 'use lowercase letters, digits and single hyphens'));
/** One line of text a person typed: no control characters, no space at either end. */
const Line = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((text) => !/\p{Cc}/u.test(text), 'no control characters'),
  );

export const ArticleCitationSchema = z.strictObject({
  outlet: Line(120),
  title: Line(300),
  author: z.optional(Line(200)),
  published: z.optional(z.iso.date()),
  url: z.optional(z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).check(z.maxLength(2000))),
});

export const ArticleSpeakerSchema = z.strictObject({
  id: Slug.check(z.refine((id) => id !== OUTLET, `"${OUTLET}" is the article’s own words, not a person’s`)),
  name: Line(120),
});

export const ArticleSchema = z.strictObject({
  id: z.string().check(z.regex(ARTICLE_ID)),
  citation: ArticleCitationSchema,
  /**
   * Numbered from 1 as the source page numbers them. Kept exactly as the article has them (typographic quotes and
   * dashes too), so a quote is checked against its very words; the splitter has already normalised white space.
   */
  paragraphs: z.array(Line(MAX_PARAGRAPH_CHARS)).check(
    z.minLength(1),
    z.maxLength(MAX_PARAGRAPHS),
    z.refine(
      (paragraphs) => articleLength(paragraphs) <= MAX_ARTICLE_CHARS,
      `an article holds at most ${MAX_ARTICLE_CHARS} characters`,
    ),
  ),
  speakers: z.array(ArticleSpeakerSchema).check(
    z.maxLength(MAX_ARTICLE_SPEAKERS),
    z.refine((speakers) => unique(speakers.map((s) => s.id)), 'two speakers have the same id'),
    z.refine(
      (speakers) => unique(speakers.map((s) => foldForComparison(s.name).toLowerCase())),
      'two speakers have the same name',
    ),
  ),
});

export type Article = z.infer<typeof ArticleSchema>;
export type ArticleCitation = Article['citation'];

/** The characters an article's text counts against MAX_ARTICLE_CHARS. */
export function articleLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

export function isArticleId(id: string): boolean {
  return ARTICLE_ID.test(id);
}

/** Every speaker a quote on the article can have: the outlet first, then the people or bodies it quotes. */
export function articleSpeakers(article: Pick<Article, 'citation' | 'speakers'>): { id: string; name: string }[] {
  return [{ id: OUTLET, name: article.citation.outlet }, ...article.speakers];
}

/** Text a person writes, said as a teacher would want to hear it when it is missing or too long. */
const Text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'write this'), z.maxLength(max, `too long: at most ${max} characters`));

export const ArticleQuoteSchema = z.strictObject({
  text: Text(1200),
  sourceId: z.string().check(z.regex(ARTICLE_ID)),
  speaker: Slug,
  paragraph: z.int().check(z.minimum(1), z.maximum(MAX_PARAGRAPHS)),
});

const ArticleQuestionShape = z.strictObject({
  id: z.string().check(z.regex(/^mine-[a-z0-9]{8}$/)),
  type: z.enum(QUESTION_TYPES),
  prompt: Text(600),
  choices: z
    .array(z.strictObject({ id: Slug, text: Text(300) }))
    .check(z.minLength(2, 'offer at least 2 choices'), z.maxLength(8, 'offer at most 8 choices')),
  answer: z.array(Slug).check(z.minLength(1, 'choose the right answer'), z.maxLength(8)),
  explanation: Text(1200),
  quote: ArticleQuoteSchema,
  claims: z.tuple([]),
});

export type ArticleQuote = z.infer<typeof ArticleQuoteSchema>;
/** A question on a teacher's article: the bank question's fields, its quote on the article, no claims, no list. */
export type ArticleQuestion = z.infer<typeof ArticleQuestionShape>;

export type { Problem };

/** The schema of a question on this article: its shape, and every rule of articleQuestionProblems. */
export function articleQuestionSchema(article: Article) {
  return ArticleQuestionShape.check(
    z.superRefine((question, ctx) => {
      for (const { path, message } of ruleProblems(question, article)) {
        ctx.issues.push({ code: 'custom', path, message, input: question });
      }
    }),
  );
}

/**
 * What is wrong with a question on an article, each problem with the field it belongs beside; none when it is sound.
 * The question is untrusted: its shape is checked first (bounded, text only), then the rules: the bank's rules of
 * choices and keys, the quote verbatim in the paragraph it names, its speaker by the article's quotation marks, and
 * the explanation's quoted words verbatim in the article.
 */
export function articleQuestionProblems(question: unknown, article: Article): Problem[] {
  const parsed = articleQuestionSchema(article).safeParse(question);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  }));
}

function ruleProblems(question: ArticleQuestion, article: Article): Problem[] {
  return [
    ...choiceProblemsOnArticle(question, article),
    ...quoteProblems(question.quote, article),
    ...explanationProblems(question, article),
  ];
}

/** The bank's rules of choices and keys, with the article's speakers for a speaker question. */
function choiceProblemsOnArticle(question: ArticleQuestion, article: Article): Problem[] {
  return choiceProblems(question, (speakerQuestion, choiceIds) => {
    const speakers = articleSpeakers(article);
    const problems: Problem[] = choiceIds.flatMap((id, i) =>
      speakers.some((s) => s.id === id)
        ? []
        : [
            {
              path: ['choices', i, 'id'],
              message: `a speaker choice is the outlet or someone the article quotes, not "${id}"`,
            },
          ],
    );
    const [key] = speakerQuestion.answer;
    if (key !== undefined && key !== speakerQuestion.quote.speaker) {
      problems.push({
        path: ['answer'],
        message: `the quote’s words are ${speakerName(article, speakerQuestion.quote.speaker)}’s, so that is the right answer`,
      });
    }
    return problems;
  });
}

/**
 * The quote against the article: on this article, verbatim in the paragraph it names, and spoken by whom the
 * article's quotation marks say: inside them, a person or body the teacher names (which one, only the teacher can
 * tell); outside them, the outlet.
 */
function quoteProblems(quote: ArticleQuote, article: Article): Problem[] {
  const fail = (field: string, message: string): Problem[] => [{ path: ['quote', field], message }];
  const words = foldForComparison(quote.text).replace(/^"|"$/g, '');
  // No words, nothing to ground: the text's own rule says it is empty (and "" stands everywhere, endlessly).
  if (words === '') return [];
  if (quote.sourceId !== article.id) return fail('sourceId', `this question is not on the article "${article.id}"`);
  if (!articleSpeakers(article).some((s) => s.id === quote.speaker)) {
    return fail('speaker', `"${quote.speaker}" is not the outlet or anyone named as quoted in the article`);
  }
  const found = findQuoteParagraph(article.paragraphs, quote.text);
  if (found === 0) return fail('text', 'these words are not in the article, character for character');
  const paragraph = article.paragraphs[quote.paragraph - 1];
  if (paragraph === undefined || !foldForComparison(paragraph).includes(foldForComparison(quote.text))) {
    return fail('paragraph', `the quote is in paragraph ${found}, not ${quote.paragraph}`);
  }
  const shares = new Set(occurrences(foldForComparison(paragraph), words));
  if (shares.size > 1) {
    return fail('speaker', 'these words stand both inside and outside quotation marks: quote enough to tell which');
  }
  const share = [...shares][0] ?? 'none';
  if (share === 'part') {
    return fail(
      'speaker',
      'part of these words stands inside quotation marks: quote the quoted words or the narration, not both',
    );
  }
  if (share === 'all' && quote.speaker === OUTLET) {
    return fail(
      'speaker',
      `these words stand inside quotation marks: they are not ${article.citation.outlet}’s own; choose who is quoted`,
    );
  }
  if (share === 'none' && quote.speaker !== OUTLET) {
    return fail(
      'speaker',
      `these words stand outside quotation marks: they are ${article.citation.outlet}’s own words`,
    );
  }
  return [];
}

function explanationProblems(question: ArticleQuestion, article: Article): Problem[] {
  return quotedSpans(question.explanation)
    .filter((phrase) => phrase.trim().length > 0 && findQuoteParagraph(article.paragraphs, phrase) === 0)
    .map((phrase) => ({
      path: ['explanation'],
      message: `the quoted words "${phrase}" are not in the article: put your own words outside quotation marks`,
    }));
}

function speakerName(article: Article, id: string): string {
  return articleSpeakers(article).find((s) => s.id === id)?.name ?? id;
}

function unique(values: string[]): boolean {
  return duplicatesOf(values).length === 0;
}
