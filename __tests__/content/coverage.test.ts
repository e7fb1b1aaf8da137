/**
 * @jest-environment node
 */
import { loadClaims, loadSourceTexts, parseQuizFile, quizFileNames } from '@/lib/content/load';

const questions = quizFileNames().flatMap((name) => parseQuizFile(name).questions);
const sources = Object.entries(loadSourceTexts());

describe.each(sources)('source %s', (sourceId, paragraphs) => {
  // Headline, standfirst, dateline, captions and subheads frame what a reader takes away: each is quoted too.
  it('has every paragraph quoted by at least one question', () => {
    const quoted = new Set(questions.filter((q) => q.quote.sourceId === sourceId).map((q) => q.quote.paragraph));
    const unquoted = paragraphs.map((text, i) => ({ paragraph: i + 1, text })).filter((p) => !quoted.has(p.paragraph));
    expect(unquoted).toEqual([]);
  });
});

describe('the claims registry', () => {
  it.each(loadClaims().map((claim) => [claim.id] as const))(
    'has claim %s tested by at least three questions of at least two types',
    (claimId) => {
      const testing = questions.filter((q) => q.claims.includes(claimId));
      expect({ questions: testing.length >= 3, types: new Set(testing.map((q) => q.type)).size >= 2 }).toEqual({
        questions: true,
        types: true,
      });
    },
  );
});
