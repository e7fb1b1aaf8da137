import type { Progress } from './schema';

export const PROGRESS_VERSION = 3;
export const PROGRESS_KEY = 'sourcecheck-progress';

export const EMPTY_PROGRESS: Progress = { quizzes: {}, assignments: {}, studentName: '', review: {}, activeDays: [] };

/** Where an attempt lives: self-study progress of a quiz, or one student's attempt at an assignment. */
export type Slot = { in: 'quizzes' | 'assignments'; key: string };
