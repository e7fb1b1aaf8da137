import fc from 'fast-check';
import {
  EMPTY_ARTICLE_FORM,
  TeacherArticleRecordSchema,
  articleFieldProblems,
  articleFile,
  articleForm,
  articleFormProblems,
  blankArticleQuestion,
  readArticleDraft,
  readArticleFile,
  speakerId,
  suggestArticleSpeaker,
  withQuestion,
} from '@/lib/articleQuestions';
import type { ArticleQuestion } from '@/lib/content/article';
import { article } from './articleFixture';

const sound: ArticleQuestion = {
  ...blankArticleQuestion('mine-0000abcd', article, 'true-false'),
  prompt: 'The budget office says the town can pay for it.',
  answer: ['false'],
  explanation: 'It says it is money "the town does not have".',
  quote: {
    text: 'The budget office warned that the change costs $40,000 a year — money it says the town does not have.',
    sourceId: article.id,
    speaker: 'outlet',
    paragraph: 3,
  },
};

describe('the speaker a quote on an article is suggested', () => {
  it('is the outlet outside quotation marks', () => {
    expect(suggestArticleSpeaker({ text: 'The town council voted 5 to 2', paragraph: 1 }, article)).toBe('outlet');
  });

  it('is left to the teacher inside them, unless the article quotes one person only', () => {
    const inside = { text: 'Students need a quiet place to work after dark,', paragraph: 2 };
    expect(suggestArticleSpeaker(inside, article)).toBeNull();
    expect(suggestArticleSpeaker(inside, { ...article, speakers: [article.speakers[0]!] })).toBe('ana-ruiz');
  });
});

describe('a question written on an article', () => {
  it('starts blank on the article, and shows each problem beside its field', () => {
    const blank = blankArticleQuestion('mine-0000abcd', article, 'speaker');
    expect(blank.choices.map((c) => c.text)).toEqual(['The Valley Courier', 'Mayor Ana Ruiz', 'The budget office']);
    expect(articleFieldProblems(blank, article)).toMatchObject({
      prompt: ['write this'],
      answer: ['choose the right answer', 'a speaker question has exactly one right choice'],
      quote: ['write this'],
    });
    expect(articleFieldProblems(sound, article)).toEqual({});
  });

  it('survives a reload as a draft, but not on another article, nor damaged', () => {
    expect(readArticleDraft(JSON.stringify(sound), article)).toEqual(sound);
    expect(readArticleDraft(JSON.stringify(sound), { ...article, id: 'article-other000' })).toBeNull();
    expect(readArticleDraft('{"id":', article)).toBeNull();
    expect(readArticleDraft(JSON.stringify({ ...sound, prompt: 'x'.repeat(601) }), article)).toBeNull();
  });

  it('takes the place of the question it changes', () => {
    const changed = { ...sound, prompt: 'Changed' };
    expect(withQuestion([sound], changed)).toEqual([changed]);
    expect(withQuestion([], sound)).toEqual([sound]);
  });
});

describe('the article form', () => {
  const form = { ...articleForm(article), author: ' ', url: '' };

  it('makes the article, leaving out the fields left empty', () => {
    const { article: made, problems } = articleFormProblems(form, article.id);
    expect(problems).toEqual({});
    expect(made).toEqual(article);
  });

  it('says what is missing beside its field, and refuses a text too long with its size', () => {
    const { article: made, problems } = articleFormProblems(
      { ...EMPTY_ARTICLE_FORM, text: 'word '.repeat(3000), url: 'javascript:alert(1)' },
      article.id,
    );
    expect(made).toBeNull();
    expect(problems.outlet?.[0]).toMatch(/^write the outlet/);
    expect(problems.title).toEqual(['write the article’s title']);
    expect(problems.url).toEqual(['an address starting with https:// or http://, or nothing']);
    expect(problems.text?.[0]).toMatch(/^This article is 14,999 characters long/);
  });

  it('gives each person quoted an id of their own, never the outlet’s', () => {
    expect(speakerId('Mayor Ana Ruiz', [])).toBe('mayor-ana-ruiz');
    expect(speakerId('Mayor Ana Ruiz', ['mayor-ana-ruiz'])).toBe('mayor-ana-ruiz-2');
    expect(speakerId('Outlet', [])).toBe('outlet-2');
    expect(speakerId('Zoë Kravitz', [])).toBe('zoe-kravitz');
    expect(speakerId('山田', [])).toBe('speaker');
  });
});

describe('an article file', () => {
  it('opens back to the same article and questions', () => {
    expect(readArticleFile(articleFile({ article, questions: [sound] }))).toEqual({
      article,
      questions: [sound],
      problems: [],
    });
  });

  it('opens the questions that keep the rules and names the ones that do not', () => {
    const wrong = { ...sound, id: 'mine-0000wxyz', quote: { ...sound.quote, speaker: 'ana-ruiz' } };
    const read = readArticleFile(JSON.stringify({ article, questions: [sound, wrong, sound] }));
    expect(read).toEqual({
      article,
      questions: [sound],
      problems: [
        'Question 2 was not opened: quote.speaker: these words stand outside quotation marks: they are The Valley Courier’s own words.',
        'Question 3 was not opened: the file holds it twice.',
      ],
    });
    expect(readArticleFile('not json')).toEqual({ problem: 'This file is not an article file: it is not JSON.' });
    expect(readArticleFile('{"questions": []}')).toEqual({
      problem: 'This file holds no article SourceCheck can read.',
    });
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        readArticleFile(JSON.stringify(value));
        readArticleFile(JSON.stringify({ article, questions: [value] }));
      }),
    );
  });

  it('is kept as a record only when every question on it keeps the rules', () => {
    const record = { version: 1, article, questions: [sound], updatedAt: 1 };
    expect(TeacherArticleRecordSchema.safeParse(record).success).toBe(true);
    const broken = { ...record, questions: [{ ...sound, quote: { ...sound.quote, paragraph: 1 } }] };
    expect(TeacherArticleRecordSchema.safeParse(broken).success).toBe(false);
  });
});
