import { bestScore } from '../attempt';
import { questionRef } from '../content/refs';
import type { QuizOutline } from '../content/outline';
import type { Score } from '../scoring';
import type { Progress } from './schema';

export interface QuizSummary {
  quiz: Pick<QuizOutline, 'id' | 'title' | 'topic'>;
  best: Score | null;
  attempts: number;
  lastPlayed: number | null;
}

export function quizSummaries(quizzes: readonly QuizOutline[], progress: Pick<Progress, 'quizzes'>): QuizSummary[] {
  return quizzes.map((quiz) => {
    const finished = progress.quizzes[quiz.id]?.finished ?? [];
    return {
      quiz: { id: quiz.id, title: quiz.title, topic: quiz.topic },
      best: bestScore(finished),
      attempts: finished.filter((a) => a.kind === 'full').length,
      lastPlayed: finished.length > 0 ? Math.max(...finished.map((a) => a.finishedAt)) : null,
    };
  });
}

export interface TopicMastery {
  topic: string;
  mastered: number;
  total: number;
}

/**
 * A question is mastered when the learner's latest finished answer to it was right and it is
 * not waiting in the review deck. Topics follow the order quizzes are listed in.
 */
export function topicMastery(
  quizzes: readonly QuizOutline[],
  progress: Pick<Progress, 'quizzes' | 'review'>,
): TopicMastery[] {
  const topics = new Map<string, TopicMastery>();
  for (const quiz of quizzes) {
    const latest = new Map<string, boolean>();
    const finished = [...(progress.quizzes[quiz.id]?.finished ?? [])].sort((a, b) => a.finishedAt - b.finishedAt);
    for (const attempt of finished) {
      for (const [id, answer] of Object.entries(attempt.answers)) latest.set(id, answer.correct);
    }
    const entry = topics.get(quiz.topic) ?? { topic: quiz.topic, mastered: 0, total: 0 };
    entry.total += quiz.questions.length;
    // A card in the review deck has its latest answer in its box: back in box 1 when missed, higher when right.
    entry.mastered += quiz.questions.filter((q) => {
      const card = progress.review[questionRef(quiz.id, q.id)];
      return card ? card.box > 1 : latest.get(q.id) === true;
    }).length;
    topics.set(quiz.topic, entry);
  }
  return [...topics.values()];
}
