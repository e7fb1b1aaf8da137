import {
  ArticleSchema,
  MAX_ARTICLE_CHARS,
  articleQuestionProblems,
  articleQuestionSchema,
} from '@/lib/content/article';
import { QUESTION_TYPES } from '@/lib/content/schema';
import { article, articleQuestion } from '../articleFixture';

const question = articleQuestion;

const messages = (q: unknown) => articleQuestionProblems(q, article).map((p) => `${p.path.join('.')}: ${p.message}`);

describe('an article of the teacher’s own', () => {
  it('passes the schema when its text, citation and speakers are sound', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });

  it('is refused past the length limit, and with an address that is not a web page', () => {
    const long = { ...article, paragraphs: ['x'.repeat(3000), 'y'.repeat(3000), 'z'.repeat(3000), 'w'.repeat(3001)] };
    expect(MAX_ARTICLE_CHARS).toBe(12_000);
    expect(ArticleSchema.safeParse(long).success).toBe(false);
    const script = { ...article, citation: { ...article.citation, url: 'javascript:alert(1)' } };
    expect(ArticleSchema.safeParse(script).success).toBe(false);
    const web = { ...article, citation: { ...article.citation, url: 'https://example.org/library' } };
    expect(ArticleSchema.safeParse(web).success).toBe(true);
  });

  it('cannot name the outlet as one of the people it quotes, nor one person twice', () => {
    expect(ArticleSchema.safeParse({ ...article, speakers: [{ id: 'outlet', name: 'Someone' }] }).success).toBe(false);
    const twice = [article.speakers[0], { id: 'ana', name: 'mayor ana ruiz' }];
    expect(ArticleSchema.safeParse({ ...article, speakers: twice }).success).toBe(false);
  });
});

describe('a question on an article', () => {
  it('is sound when its quote is the article’s words, in their paragraph, spoken by the outlet', () => {
    expect(messages(question())).toEqual([]);
    expect(articleQuestionSchema(article).safeParse(question()).success).toBe(true);
  });

  it('accepts every kind of question the bank has', () => {
    const kinds = {
      'true-false': {
        choices: [
          { id: 'true', text: 'True' },
          { id: 'false', text: 'False' },
        ],
        answer: ['true'],
      },
      evidence: {
        choices: [
          { id: 'finding', text: 'Reported' },
          { id: 'unsupported', text: 'Unsupported' },
        ],
        answer: ['finding'],
      },
      multi: { answer: ['a', 'b'] },
      speaker: {
        choices: [
          { id: 'outlet', text: 'The Valley Courier' },
          { id: 'ana-ruiz', text: 'Mayor Ana Ruiz' },
          { id: 'budget-office', text: 'The budget office' },
        ],
        answer: ['outlet'],
      },
      single: {},
    };
    for (const type of QUESTION_TYPES) expect(messages(question({ type, ...kinds[type] }))).toEqual([]);
  });

  it('is refused when its quote is not the article’s words, or names the wrong paragraph', () => {
    expect(messages(question({ quote: { ...question().quote, text: 'The council voted 5 to 2' } }))).toEqual([
      'quote.text: these words are not in the article, character for character',
    ]);
    expect(messages(question({ quote: { ...question().quote, paragraph: 2 } }))).toEqual([
      'quote.paragraph: the quote is in paragraph 1, not 2',
    ]);
  });

  it('gives words inside quotation marks to a person named as quoted, and words outside to the outlet', () => {
    const inside = { text: 'Students need a quiet place to work after dark,', sourceId: article.id, paragraph: 2 };
    expect(messages(question({ quote: { ...inside, speaker: 'ana-ruiz' } }))).toEqual([]);
    expect(messages(question({ quote: { ...inside, speaker: 'outlet' } }))).toEqual([
      'quote.speaker: these words stand inside quotation marks: they are not The Valley Courier’s own; choose who is quoted',
    ]);
    expect(messages(question({ quote: { ...question().quote, speaker: 'budget-office' } }))).toEqual([
      'quote.speaker: these words stand outside quotation marks: they are The Valley Courier’s own words',
    ]);
    expect(messages(question({ quote: { ...inside, speaker: 'someone-else' } }))).toEqual([
      'quote.speaker: "someone-else" is not the outlet or anyone named as quoted in the article',
    ]);
    const both = { text: 'after dark,” said Mayor', sourceId: article.id, paragraph: 2, speaker: 'ana-ruiz' };
    expect(messages(question({ quote: both }))).toEqual([
      'quote.speaker: part of these words stands inside quotation marks: quote the quoted words or the narration, not both',
    ]);
  });

  it('keys a speaker question to the quote’s speaker, among the article’s speakers', () => {
    const speaker = question({
      type: 'speaker',
      choices: [
        { id: 'outlet', text: 'The Valley Courier' },
        { id: 'ana-ruiz', text: 'Mayor Ana Ruiz' },
        { id: 'trump', text: 'Someone of the bank' },
      ],
      answer: ['ana-ruiz'],
    });
    expect(messages(speaker)).toEqual([
      'choices.2.id: a speaker choice is the outlet or someone the article quotes, not "trump"',
      'answer: the quote’s words are The Valley Courier’s, so that is the right answer',
    ]);
  });

  it('checks quoted words in the explanation against the article', () => {
    expect(messages(question({ explanation: 'The mayor said it was "a good day".' }))).toEqual([
      'explanation: the quoted words "a good day" are not in the article: put your own words outside quotation marks',
    ]);
  });

  it('refuses what is not a question on the article, without throwing', () => {
    for (const raw of [
      null,
      'text',
      1,
      {},
      { ...question(), claims: ['russia-helped-trump'] },
      { ...question(), extra: 1 },
    ]) {
      expect(articleQuestionProblems(raw, article).length).toBeGreaterThan(0);
    }
    expect(messages(question({ quote: { ...question().quote, sourceId: 'article-zzzzzzzz' } }))).toEqual([
      'quote.sourceId: this question is not on the article "article-abc12345"',
    ]);
  });
});
