import type { Question } from './content/schema';

export interface Score {
  correct: number;
  total: number;
}

/** An answer is right when it picks exactly the right choices: no partial credit for `multi`. */
export function isCorrect(question: Pick<Question, 'answer'>, choiceIds: readonly string[]): boolean {
  const chosen = new Set(choiceIds);
  return chosen.size === question.answer.length && question.answer.every((id) => chosen.has(id));
}

export function scoreOf(answers: Record<string, { correct: boolean }>, questionIds: readonly string[]): Score {
  return {
    correct: questionIds.filter((id) => answers[id]?.correct).length,
    total: questionIds.length,
  };
}

export function percentage({ correct, total }: Score): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}

/** About 45 seconds a question, rounded up: accuracy counts, not speed, so this only helps plan a lesson. */
export function estimatedMinutes(questionCount: number): number {
  return Math.max(1, Math.ceil(questionCount * 0.75));
}
