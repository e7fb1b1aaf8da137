import './zodConfig';
import type { Assignment } from './assignment';
import {
  ArticleSchema,
  articleQuestionProblems,
  articleQuestionSchema,
  isArticleId,
  type Article,
} from './content/article';
import { groundingProblems, QuestionSchema, type Question } from './content/schema';

export interface CheckedOwnQuestions {
  /**
   * The assignment with only the teacher's questions that keep every rule (none left: no `ownQuestions`), and only
   * the articles those quote.
   */
  assignment: Assignment;
  /** One sentence for each question or article left out, naming it and what is wrong with it. */
  problems: string[];
}

/** A prompt as a problem names its question: its first words, enough to find it in the teacher's list. */
function named(question: unknown, index: number): string {
  const prompt = (question as { prompt?: unknown } | null)?.prompt;
  const words = typeof prompt === 'string' ? prompt.trim().replace(/\s+/g, ' ') : '';
  const short = words.length > 60 ? `${words.slice(0, 60)}…` : words;
  return short
    ? `Question ${index + 1} of your teacher’s own (“${short}”)`
    : `Question ${index + 1} of your teacher’s own`;
}

/** The article's title as a problem names it, or its place in the link when even that cannot be read. */
function articleNamed(raw: unknown, index: number): string {
  const title = (raw as { citation?: { title?: unknown } } | null)?.citation?.title;
  return typeof title === 'string' && title.trim()
    ? `The article “${title.trim().slice(0, 80)}”`
    : `Article ${index + 1}`;
}

/** What is wrong with a question on an article of the teacher's, or null when it keeps every rule. */
function articleQuestionProblem(raw: unknown, article: Article | undefined): string | null {
  if (!article) return 'the article it quotes is not in the link';
  const [problem] = articleQuestionProblems(raw, article);
  return problem ? `${problem.path.join(' ') || 'question'}: ${problem.message}` : null;
}

/** What is wrong with a question on a source of the bank's, or null when it keeps every rule. */
function bankSourceQuestionProblem(raw: unknown, sourceParagraphs: Record<string, string[]>): string | null {
  const parsed = QuestionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${issue?.path.join(' ') || 'question'}: ${issue?.message ?? 'it is not a question'}`;
  }
  const [grounding] = groundingProblems(parsed.data.quote, sourceParagraphs);
  return grounding ? `its quote’s ${grounding[0]}: ${grounding[1]}` : null;
}

/**
 * The teacher's own questions held to the bank's rules: on the bank's source, the bank's QuestionSchema (choices,
 * key, the rules of its type) and the quote's grounding in the source's paragraphs (verbatim, in the paragraph it
 * names, its speaker); on an article of the teacher's own, that article's rules (lib/content/article.ts). A link
 * is made by a teacher's browser, but it can be edited on the way, so nothing of it is trusted: a question that
 * fails is left out and named, and the bank's questions (and the teacher's that pass) still work.
 */
export function checkOwnQuestions(
  assignment: Assignment,
  sourceParagraphs: Record<string, string[]>,
): CheckedOwnQuestions {
  const problems: string[] = [];
  const articles = (assignment.articles ?? []).flatMap((raw, index) => {
    const parsed = ArticleSchema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    const issue = parsed.error.issues[0];
    problems.push(
      `${articleNamed(raw, index)} could not be opened (${issue?.path.join(' ') || 'article'}: ${issue?.message ?? 'not an article'}), so the questions on it were left out.`,
    );
    return [];
  });
  const kept: Question[] = [];
  (assignment.ownQuestions ?? []).forEach((raw, index) => {
    const sourceId = (raw as { quote?: { sourceId?: unknown } } | null)?.quote?.sourceId;
    const article =
      typeof sourceId === 'string' && isArticleId(sourceId) ? articles.find((a) => a.id === sourceId) : null;
    const problem =
      article === null ? bankSourceQuestionProblem(raw, sourceParagraphs) : articleQuestionProblem(raw, article);
    if (problem) problems.push(`${named(raw, index)} was left out: ${problem}.`);
    else if (kept.some((q) => q.id === raw.id))
      problems.push(`${named(raw, index)} was left out: the link holds it twice.`);
    // A question on an article has a bank question's shape with the article's id and speakers (QuoteBlock tells them apart).
    else
      kept.push(
        article ? (articleQuestionSchema(article).parse(raw) as unknown as Question) : QuestionSchema.parse(raw),
      );
  });
  const quoted = articles.filter((a) => kept.some((q) => q.quote.sourceId === a.id));
  const checked: Assignment = { ...assignment, ownQuestions: kept, articles: quoted };
  if (kept.length === 0) delete checked.ownQuestions;
  if (quoted.length === 0) delete checked.articles;
  return { assignment: checked, problems };
}
