import { ArticleSchema, articleQuestionSchema, type ArticleQuestion } from '@/lib/content/article';
import articleFile from '../../e2e/fixtures/articleFile.json';

/**
 * A short article of a teacher's own, written for the tests (two people quoted, typographic marks, a dash): the
 * file the writer downloads, which the browser tests open too. Read by the article's own rules, so a fixture that
 * broke them would fail every test that uses it.
 */
export const article = ArticleSchema.parse(articleFile.article);

const question = articleQuestionSchema(article).parse(articleFile.questions[0]);

/** A sound question on that article, in its outlet's own words; `patch` changes what a test is about. */
export const articleQuestion = (patch: Partial<ArticleQuestion> = {}): ArticleQuestion => ({ ...question, ...patch });
