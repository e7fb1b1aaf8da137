import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Article, ArticleQuestion } from '@/lib/content/article';
import type { TeacherArticleRecord } from '@/lib/articleQuestions';
import { readCheckedRecords } from './checkedRecords';
import { indexedDbTeacherArticles, type DeviceDatabase } from './deviceDatabase';

interface TeacherArticlesState {
  /** By article id. */
  articles: Record<string, TeacherArticleRecord>;
  loaded: boolean;
  /** What loading could not read, in words. */
  problem: string | null;
}

interface TeacherArticlesActions {
  load: () => Promise<void>;
  /**
   * Keeps an article with its questions (new, or changed under its id); rejects, changing nothing here, when the
   * device will not. The caller has checked every question against the article.
   */
  keep: (article: Article, questions: readonly ArticleQuestion[], now?: number) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

export type TeacherArticlesStore = TeacherArticlesState & { actions: TeacherArticlesActions };

// The article's schemas load only to read articles a device holds.
const recordSchema = async () => {
  const { migrateTeacherArticle, TeacherArticleRecordSchema } = await import('@/lib/articleQuestions');
  return {
    safeParse: (value: unknown) => {
      const parsed = TeacherArticleRecordSchema.safeParse(migrateTeacherArticle(value));
      // The record's schema has checked each question against the article.
      return parsed.success
        ? { success: true as const, data: parsed.data as TeacherArticleRecord }
        : { success: false as const };
    },
  };
};

/** The teacher's articles, on the pattern of their questions (store/teacherQuestions.ts): one record an article. */
export function createTeacherArticlesStore(
  database: DeviceDatabase<TeacherArticleRecord> = indexedDbTeacherArticles<TeacherArticleRecord>(),
) {
  let loading: Promise<void> | null = null;
  return createStore<TeacherArticlesStore>()((set) => ({
    articles: {},
    loaded: false,
    problem: null,
    actions: {
      load: () =>
        (loading ??= readCheckedRecords(database, recordSchema, ['article', 'articles']).then(({ records, problem }) =>
          set((s) => ({
            articles: { ...Object.fromEntries(records.map((r) => [r.article.id, r])), ...s.articles },
            loaded: true,
            problem,
          })),
        )),
      keep: async (article, questions, now = Date.now()) => {
        const record: TeacherArticleRecord = { version: 1, article, questions: [...questions], updatedAt: now };
        await database.put([record]);
        set((s) => ({ articles: { ...s.articles, [article.id]: record } }));
      },
      remove: async (id) => {
        await database.remove([id]);
        set((s) => ({ articles: Object.fromEntries(Object.entries(s.articles).filter(([key]) => key !== id)) }));
      },
    },
  }));
}

export const teacherArticlesStore = createTeacherArticlesStore();

export function useTeacherArticles<T>(selector: (state: TeacherArticlesStore) => T): T {
  return useStore(teacherArticlesStore, selector);
}

export function useTeacherArticlesActions(): TeacherArticlesActions {
  return useStore(teacherArticlesStore, (s) => s.actions);
}
