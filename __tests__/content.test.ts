/**
 * @jest-environment node
 */
import { loadClaims, loadQuizzes, loadSourceParagraphs, parseQuizFile, quizFileNames } from '@/lib/content/load';
import { SOURCE_IDS } from '@/lib/content/sources';
import { findQuoteParagraph, foldForComparison } from '@/lib/content/text';

const claims = loadClaims();

describe.each(quizFileNames())('quizzes/%s', (fileName) => {
  const quiz = parseQuizFile(fileName);

  it('is valid against the schema, with every quote verbatim in the paragraph it names', () => {
    expect(quiz.questions.length).toBeGreaterThan(0);
  });

  it.each(quiz.questions.map((q) => [q.id, q] as const))(
    'question %s quotes its source word for word',
    (_id, question) => {
      const paragraphs = loadSourceParagraphs(question.quote.sourceId);
      expect(findQuoteParagraph(paragraphs, question.quote.text)).toBeGreaterThan(0);
      expect(foldForComparison(paragraphs[question.quote.paragraph - 1] ?? '')).toContain(
        foldForComparison(question.quote.text),
      );
    },
  );
});

describe('the question bank', () => {
  const quizzes = loadQuizzes();
  const questions = quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quiz, question })));

  it('has quiz ids that are unique', () => {
    const ids = quizzes.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never asks the same prompt twice', () => {
    const prompts = questions.map(({ question }) => foldForComparison(question.prompt).toLowerCase());
    expect(prompts.filter((p, i) => prompts.indexOf(p) !== i)).toEqual([]);
  });

  it('registers claims whose paragraphs exist in the source', () => {
    const paragraphCount = loadSourceParagraphs(SOURCE_IDS[0]).length;
    for (const claim of claims) {
      for (const p of claim.paragraphs) expect(p).toBeLessThanOrEqual(paragraphCount);
    }
  });

  it.each(claims.map((c) => [c.id] as const))('tests claim %s with at least two questions of two types', (claimId) => {
    const testing = questions.filter(({ question }) => question.claims.includes(claimId));
    expect(testing.length).toBeGreaterThanOrEqual(2);
    expect(new Set(testing.map(({ question }) => question.type)).size).toBeGreaterThanOrEqual(2);
  });

  it('quotes a paragraph that carries at least one of the claims each question tests', () => {
    const carries = (id: string, paragraph: number) => claims.find((c) => c.id === id)?.paragraphs.includes(paragraph);
    const ungrounded = questions
      .filter(({ question }) => !question.claims.some((id) => carries(id, question.quote.paragraph)))
      .map(({ quiz, question }) => `${quiz.id}/${question.id} quotes paragraph ${question.quote.paragraph}`);
    expect(ungrounded).toEqual([]);
  });
});
