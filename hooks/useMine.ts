import { useEffect, useMemo, useState } from 'react';
import type { Article } from '@/lib/content/article';
import type { Question } from '@/lib/content/schema';

export interface Mine {
  questions: Question[];
  articles: Article[];
}

/**
 * The questions the teacher wrote, on the bank's source and on their own articles, read from the device after the
 * builder has painted (their stores bring the writer's schemas with them), with those of an assignment being
 * duplicated that the device no longer has.
 */
export function useMine(extra: Mine): Mine {
  const [kept, setKept] = useState<Mine>({ questions: [], articles: [] });
  useEffect(() => {
    const stops: (() => void)[] = [];
    let stopped = false;
    void Promise.all([import('@/store/teacherQuestions'), import('@/store/teacherArticles')]).then(
      async ([{ teacherQuestionsStore }, { teacherArticlesStore }]) => {
        await Promise.all([
          teacherQuestionsStore.getState().actions.load(),
          teacherArticlesStore.getState().actions.load(),
        ]);
        const update = () => {
          const records = Object.values(teacherArticlesStore.getState().articles);
          setKept({
            questions: [
              ...Object.values(teacherQuestionsStore.getState().questions)
                .sort((a, b) => b.updatedAt - a.updatedAt)
                .map((record) => record.question),
              // A question on an article is carried as a Question on that article's id (lib/assignment.ts).
              ...records.flatMap((record) => record.questions as unknown as Question[]),
            ],
            articles: records.map((record) => record.article),
          });
        };
        if (stopped) return;
        update();
        stops.push(teacherQuestionsStore.subscribe(update), teacherArticlesStore.subscribe(update));
      },
    );
    return () => {
      stopped = true;
      stops.forEach((stop) => stop());
    };
  }, []);
  return useMemo(
    () => ({
      questions: [...kept.questions, ...extra.questions.filter((q) => !kept.questions.some((k) => k.id === q.id))],
      articles: [...kept.articles, ...extra.articles.filter((a) => !kept.articles.some((k) => k.id === a.id))],
    }),
    [kept, extra],
  );
}
