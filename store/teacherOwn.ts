import type { Article } from '@/lib/content/article';
import type { Question } from '@/lib/content/schema';
import { teacherArticlesStore } from './teacherArticles';
import { teacherQuestionsStore } from './teacherQuestions';

/** What the teacher wrote: their questions on the bank's source and on their articles, and those articles. */
export interface Mine {
  questions: Question[];
  articles: Article[];
}

function mine(): Mine {
  const records = Object.values(teacherArticlesStore.getState().articles);
  return {
    questions: [
      ...Object.values(teacherQuestionsStore.getState().questions)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map((record) => record.question),
      // A question on an article is carried as a Question on that article's id (lib/assignment.ts).
      ...records.flatMap((record) => record.questions as unknown as Question[]),
    ],
    articles: records.map((record) => record.article),
  };
}

/**
 * Reads both of the teacher's stores from the device, then calls `listener` with what they hold, now and on each
 * change; returns what stops it. For the builder, which loads this (and the writer's schemas) after it has painted.
 */
export function watchMine(listener: (mine: Mine) => void): () => void {
  let stopped = false;
  const stops: (() => void)[] = [];
  void Promise.all([teacherQuestionsStore.getState().actions.load(), teacherArticlesStore.getState().actions.load()])
    .catch(() => undefined)
    .then(() => {
      if (stopped) return;
      const update = () => listener(mine());
      update();
      stops.push(teacherQuestionsStore.subscribe(update), teacherArticlesStore.subscribe(update));
    });
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
  };
}
