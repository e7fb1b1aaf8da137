import type { Article, ArticleQuestion } from '@/lib/content/article';

/** A short article of a teacher's own, written for the tests: two people quoted, typographic marks, a dash. */
export const article: Article = {
  id: 'article-abc12345',
  citation: {
    outlet: 'The Valley Courier',
    title: 'Town Votes To Keep Its Library Open Late',
    published: '2025-10-02',
  },
  paragraphs: [
    'The town council voted 5 to 2 on Tuesday to keep the library open until 9 p.m.',
    '“Students need a quiet place to work after dark,” said Mayor Ana Ruiz, who cast the deciding vote.',
    'The budget office warned that the change costs $40,000 a year — money it says the town does not have.',
  ],
  speakers: [
    { id: 'ana-ruiz', name: 'Mayor Ana Ruiz' },
    { id: 'budget-office', name: 'The budget office' },
  ],
};

/** A sound question on that article, in its outlet's own words; `patch` changes what a test is about. */
export const articleQuestion = (patch: Partial<ArticleQuestion> = {}): ArticleQuestion => ({
  id: 'mine-0000abcd',
  type: 'single',
  prompt: 'How did the council vote?',
  choices: [
    { id: 'a', text: '5 to 2 to keep it open' },
    { id: 'b', text: '2 to 5 against' },
    { id: 'c', text: 'It did not vote' },
  ],
  answer: ['a'],
  explanation: 'The article says the council "voted 5 to 2".',
  quote: { text: 'The town council voted 5 to 2', sourceId: article.id, speaker: 'outlet', paragraph: 1 },
  claims: [],
  ...patch,
});
