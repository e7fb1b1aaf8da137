import type { DeviceDatabase } from '@/store/deviceDatabase';
import { createTeacherArticlesStore } from '@/store/teacherArticles';
import type { TeacherArticleRecord } from '@/lib/articleQuestions';
import type { ArticleQuestion } from '@/lib/content/article';
import { article } from '../lib/articleFixture';

function memory(stored: unknown[] = []): DeviceDatabase<TeacherArticleRecord> & { stored: unknown[] } {
  const db = {
    stored,
    all: async () => [...db.stored],
    put: async (records: readonly TeacherArticleRecord[]) => {
      const ids = records.map((r) => r.article.id);
      db.stored = [...db.stored.filter((r) => !ids.includes((r as TeacherArticleRecord).article?.id)), ...records];
    },
    remove: async (keys: readonly string[]) => {
      db.stored = db.stored.filter((r) => !keys.includes((r as TeacherArticleRecord).article?.id));
    },
  };
  return db;
}

const question: ArticleQuestion = {
  id: 'mine-0000abcd',
  type: 'true-false',
  prompt: 'The council voted to close the library early.',
  choices: [
    { id: 'true', text: 'True' },
    { id: 'false', text: 'False' },
  ],
  answer: ['false'],
  explanation: 'It voted to keep it open.',
  quote: { text: 'The town council voted 5 to 2', sourceId: article.id, speaker: 'outlet', paragraph: 1 },
  claims: [],
};

describe('the teacher’s articles on their device', () => {
  it('keeps an article with its questions, and finds them again on the next visit', async () => {
    const db = memory();
    await createTeacherArticlesStore(db).getState().actions.keep(article, [question], 5);
    const next = createTeacherArticlesStore(db);
    await next.getState().actions.load();
    expect(next.getState().articles[article.id]).toEqual({ version: 1, article, questions: [question], updatedAt: 5 });
  });

  it('shows the articles it can read, says how many it cannot, and deletes nothing', async () => {
    const damaged = { version: 1, article: { ...article, paragraphs: [] }, questions: [], updatedAt: 1 };
    const wrong = {
      version: 1,
      article,
      questions: [{ ...question, quote: { ...question.quote, paragraph: 2 } }],
      updatedAt: 1,
    };
    const db = memory([{ version: 1, article, questions: [question], updatedAt: 1 }, damaged, wrong]);
    const store = createTeacherArticlesStore(db);
    await store.getState().actions.load();
    expect(Object.keys(store.getState().articles)).toEqual([article.id]);
    expect(store.getState().problem).toBe(
      '2 articles on this device could not be read and are not shown. Nothing was deleted.',
    );
    expect(db.stored).toHaveLength(3);
  });

  it('changes nothing on the page when the device will not keep the article', async () => {
    const db = { ...memory(), put: () => Promise.reject(new DOMException('Full', 'QuotaExceededError')) };
    const store = createTeacherArticlesStore(db);
    await expect(store.getState().actions.keep(article, [])).rejects.toThrow('Full');
    expect(store.getState().articles).toEqual({});
  });
});
