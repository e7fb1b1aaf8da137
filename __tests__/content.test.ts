/**
 * @jest-environment node
 */
import { bankProblems } from '@/lib/content/bank';
import {
  loadClaims,
  loadGlossary,
  loadLedger,
  loadSourceTexts,
  parseQuizFile,
  quizFileNames,
} from '@/lib/content/load';

// The rules themselves are tested with bad fixtures in __tests__/lib/content and __tests__/content; these check
// the real files against them, and fail naming the file, the question and the field.
describe.each(quizFileNames())('quizzes/%s', (fileName) => {
  it('passes the quiz file schema: quotes verbatim in the paragraph they name, speakers, lists, claims', () => {
    expect(() => parseQuizFile(fileName)).not.toThrow();
  });
});

describe('the question bank', () => {
  it('keeps every rule across files: unique prompts, claims tested enough, quoted paragraphs, the ids ledger', () => {
    const quizzes = quizFileNames().map((name) => ({ fileName: `quizzes/${name}`, quiz: parseQuizFile(name) }));
    const bank = { quizzes, claims: loadClaims(), sourceParagraphs: loadSourceTexts(), ledger: loadLedger() };
    expect(bankProblems(bank)).toEqual([]);
  });
});

describe('quizzes/glossary.json', () => {
  it('passes the glossary schema: every term stands in exactly the paragraphs it names', () => {
    expect(loadGlossary().map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['intelligence-community', 'odni', 'influence-operation', 'proxy', 'we-assess']),
    );
  });
});
