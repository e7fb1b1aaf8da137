import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { advance, finishAttempt, reconcileAttempt, recordAnswer, startAttempt } from '@/lib/attempt';
import {
  EMPTY_PROGRESS,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  type AnswerRecord,
  type Attempt,
  type Progress,
  type QuizProgress,
} from '@/lib/progress/schema';
import { backupKey, migrateProgress, readEnvelope, validateProgress } from '@/lib/progress/storage';

export interface ProgressState extends Progress {
  /** Said once when saved progress could not be read; never persisted. */
  storageProblem: { reason: string; backupKey: string | null } | null;
  /** Said when a quiz changed since its attempt was saved; never persisted. */
  quizNotices: Record<string, string>;
}

export interface ProgressActions {
  start: (quizId: string, kind: Attempt['kind'], questionIds: readonly string[], now: number) => void;
  answer: (quizId: string, questionId: string, record: AnswerRecord) => void;
  next: (quizId: string) => void;
  finish: (quizId: string, now: number) => void;
  reconcile: (quizId: string, questionIds: readonly string[]) => void;
  dismissQuizNotice: (quizId: string) => void;
  dismissStorageProblem: () => void;
  resetProgress: () => void;
}

export type ProgressStore = ProgressState & { actions: ProgressActions };

const EMPTY_QUIZ: QuizProgress = { current: null, finished: [] };

function withQuiz(
  state: ProgressState,
  quizId: string,
  change: (quiz: QuizProgress) => QuizProgress,
): Partial<ProgressState> {
  return { quizzes: { ...state.quizzes, [quizId]: change(state.quizzes[quizId] ?? EMPTY_QUIZ) } };
}

function withAttempt(
  state: ProgressState,
  quizId: string,
  change: (attempt: Attempt) => Attempt,
): Partial<ProgressState> {
  const current = state.quizzes[quizId]?.current;
  return current ? withQuiz(state, quizId, (quiz) => ({ ...quiz, current: change(current) })) : {};
}

/**
 * localStorage that never lets a bad value through and never destroys one: whatever
 * cannot be read is copied to a backup key before the app starts afresh.
 */
function guardedStorage(getBacking: () => Storage, clock: () => number) {
  let problem: ProgressState['storageProblem'] = null;

  const quarantine = (reason: string) => {
    const backing = getBacking();
    const raw = backing.getItem(PROGRESS_KEY);
    let key: string | null = null;
    if (raw !== null) {
      try {
        key = backupKey(clock());
        backing.setItem(key, raw);
      } catch {
        key = null;
      }
    }
    problem = { reason, backupKey: key };
  };

  const storage: PersistStorage<Progress> = {
    getItem: (name) => {
      const raw = getBacking().getItem(name);
      if (raw === null) return null;
      const read = readEnvelope(raw);
      if (read.ok) return read.envelope as StorageValue<Progress>;
      quarantine(read.reason);
      return null;
    },
    setItem: (name, value) => getBacking().setItem(name, JSON.stringify(value)),
    removeItem: (name) => getBacking().removeItem(name),
  };

  const merge = (persisted: unknown, current: ProgressStore): ProgressStore => {
    if (persisted !== undefined) {
      const progress = validateProgress(persisted);
      if (progress) return { ...current, ...progress };
      quarantine('it does not match the shape of SourceCheck progress');
    }
    return { ...current, storageProblem: problem };
  };

  return { storage, merge };
}

export function createProgressStore(getBacking: () => Storage = () => window.localStorage, clock = Date.now) {
  const { storage, merge } = guardedStorage(getBacking, clock);
  return createStore<ProgressStore>()(
    persist<ProgressStore, [], [], Progress>(
      (set) => ({
        ...EMPTY_PROGRESS,
        storageProblem: null,
        quizNotices: {},
        actions: {
          start: (quizId, kind, questionIds, now) =>
            set((s) => withQuiz(s, quizId, (quiz) => ({ ...quiz, current: startAttempt(kind, questionIds, now) }))),
          answer: (quizId, questionId, record) =>
            set((s) => withAttempt(s, quizId, (attempt) => recordAnswer(attempt, questionId, record))),
          next: (quizId) => set((s) => withAttempt(s, quizId, advance)),
          finish: (quizId, now) =>
            set((s) =>
              withQuiz(s, quizId, (quiz) =>
                quiz.current ? { current: null, finished: [...quiz.finished, finishAttempt(quiz.current, now)] } : quiz,
              ),
            ),
          reconcile: (quizId, questionIds) =>
            set((s) => {
              const current = s.quizzes[quizId]?.current;
              if (!current) return {};
              const { attempt, removed, added } = reconcileAttempt(current, questionIds);
              if (attempt === current) return {};
              const notice = attempt
                ? `This quiz changed since you started it (${describeChange(removed, added)}). Your answers to the other questions are kept.`
                : 'This quiz changed since you started it and none of your questions are left in it, so it starts afresh.';
              return {
                ...withQuiz(s, quizId, (quiz) => ({ ...quiz, current: attempt })),
                quizNotices: { ...s.quizNotices, [quizId]: notice },
              };
            }),
          dismissQuizNotice: (quizId) =>
            set((s) => ({
              quizNotices: Object.fromEntries(Object.entries(s.quizNotices).filter(([id]) => id !== quizId)),
            })),
          dismissStorageProblem: () => set({ storageProblem: null }),
          resetProgress: () => set({ ...EMPTY_PROGRESS, quizNotices: {} }),
        },
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage,
        // Typed as progress only for zustand: merge validates it before anything trusts it.
        migrate: (state) => migrateProgress(state) as Progress,
        merge,
        partialize: (s): Progress => ({ quizzes: s.quizzes }),
        // Rehydrated after the first render, so the server's HTML and the first client render agree.
        skipHydration: true,
      },
    ),
  );
}

function describeChange(removed: number, added: number): string {
  const parts = [
    removed > 0 && `${removed} question${removed === 1 ? '' : 's'} removed`,
    added > 0 && `${added} added`,
  ].filter(Boolean);
  return parts.join(', ');
}

export const progressStore = createProgressStore();

export function useProgress<T>(selector: (state: ProgressStore) => T): T {
  return useStore(progressStore, selector);
}

/** Actions never change, so components that only act never re-render for state. */
export function useProgressActions(): ProgressActions {
  return useStore(progressStore, (s) => s.actions);
}

/** False on the server and in the first client render; true once the device's progress is loaded. */
export function useProgressHydrated(): boolean {
  return useSyncExternalStore(
    (onChange) => progressStore.persist.onFinishHydration(onChange),
    () => progressStore.persist.hasHydrated(),
    () => false,
  );
}
