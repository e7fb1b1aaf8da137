import '../zodConfig';
import * as z from 'zod/mini';
import { dayOf, withDay } from '../days';
import { missed, type ReviewDeck } from '../schedule';
import { PROGRESS_VERSION } from './constants';
import { ProgressSchema, QuizProgressSchema, type Progress } from './schema';

/** One step per replaced version, from that version to the next, so an update never drops a device's progress. */
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 keeps assignment attempts apart from self-study, and the name a student gives teachers.
  1: (state) => ({ ...state, assignments: {}, studentName: '' }),
  // Version 3 adds the review deck and practice days, rebuilt from what was already finished.
  2: (state) => ({ ...state, ...reviewFromHistory(state) }),
};

function reviewFromHistory(state: Record<string, unknown>): Pick<Progress, 'review' | 'activeDays'> {
  let review: ReviewDeck = {};
  let activeDays: string[] = [];
  const collections = { quizzes: state.quizzes, assignments: state.assignments } as Record<string, unknown>;
  for (const [collection, slots] of Object.entries(collections)) {
    const parsed = z.record(z.string(), QuizProgressSchema).safeParse(slots);
    if (!parsed.success) continue;
    for (const [key, progress] of Object.entries(parsed.data)) {
      for (const attempt of progress.finished) {
        activeDays = withDay(activeDays, dayOf(attempt.finishedAt));
        for (const [id, answer] of Object.entries(attempt.answers)) {
          const ref = collection === 'quizzes' ? `${key}/${id}` : id;
          if (!answer.correct) review = missed(review, ref, attempt.finishedAt);
        }
      }
    }
  }
  return { review, activeDays };
}

export function migrateProgress(state: unknown, fromVersion: number): unknown {
  if (typeof state !== 'object' || state === null) return state;
  let migrated = state as Record<string, unknown>;
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    migrated = MIGRATIONS[version]?.(migrated) ?? migrated;
  }
  return migrated;
}

export function validateProgress(state: unknown): Progress | null {
  const parsed = ProgressSchema.safeParse(state);
  return parsed.success ? parsed.data : null;
}
