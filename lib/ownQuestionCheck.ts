import './zodConfig';
import type { Assignment } from './assignment';
import { ArticleSchema, articleQuestionSchema, isArticleId, type Article } from './content/article';
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

/** A question of the link as checked: the question as its schema reads it, or what is wrong with it. */
type CheckedQuestion = { question: Question } | { problem: string };

/** The first of a schema's issues, as a problem names it: the field, then what is wrong. */
function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const [issue] = issues;
  return `${issue?.path.map(String).join(' ') || 'question'}: ${issue?.message ?? 'it is not a question'}`;
}

/** A question on an article of the teacher's, against that article's rules. */
function checkArticleQuestion(raw: unknown, article: Article | undefined): CheckedQuestion {
  if (!article) return { problem: 'the article it quotes is not in the link' };
  const parsed = articleQuestionSchema(article).safeParse(raw);
  // A question on an article has a bank question's shape with the article's id and speakers (QuoteBlock tells them apart).
  if (parsed.success) return { question: parsed.data as unknown as Question };
  return { problem: firstIssue(parsed.error.issues) };
}

/** A question on a source of the bank's, against the bank's schema and the quote's grounding in the source. */
function checkBankSourceQuestion(raw: unknown, sourceParagraphs: Record<string, string[]>): CheckedQuestion {
  const parsed = QuestionSchema.safeParse(raw);
  if (!parsed.success) return { problem: firstIssue(parsed.error.issues) };
  const [grounding] = groundingProblems(parsed.data.quote, sourceParagraphs);
  return grounding ? { problem: `its quote’s ${grounding[0]}: ${grounding[1]}` } : { question: parsed.data };
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
    const checked =
      article === null ? checkBankSourceQuestion(raw, sourceParagraphs) : checkArticleQuestion(raw, article);
    if ('problem' in checked) problems.push(`${named(raw, index)} was left out: ${checked.problem}.`);
    else if (kept.some((q) => q.id === checked.question.id))
      problems.push(`${named(raw, index)} was left out: the link holds it twice.`);
    else kept.push(checked.question);
  });
  const quoted = articles.filter((a) => kept.some((q) => q.quote.sourceId === a.id));
  const checked: Assignment = { ...assignment, ownQuestions: kept, articles: quoted };
  if (kept.length === 0) delete checked.ownQuestions;
  if (quoted.length === 0) delete checked.articles;
  return { assignment: checked, problems };
}
