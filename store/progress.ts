import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { advance, finishAttempt, goTo, reconcileAttempt, recordAnswer, startAttempt } from '@/lib/attempt';
import { EMPTY_PROGRESS, PROGRESS_KEY, PROGRESS_VERSION, type Slot } from '@/lib/progress/constants';
import { readEnvelope } from '@/lib/progress/envelope';
import type { AnswerRecord, Attempt, Progress, QuizProgress } from '@/lib/progress/schema';
import { reviewAfterHandIn } from '@/lib/progress/study';
import { questionRef } from '@/lib/content/refs';
import { dayOf, withDay } from '@/lib/days';
import { missed, reviewed } from '@/lib/schedule';
import { studentNameOf } from '@/lib/plainText';
import { SAVED, type SaveStatus } from '@/lib/storageFailure';
import { guardedStorage, type StorageProblem, type StoredShape } from './guardedStorage';

/** The schema and migrations of saved progress, in a chunk of their own that loads with the first saved state. */
const loadProgressShape = (): Promise<StoredShape<Progress>> =>
  import('@/lib/progress/storage').then(({ migrateProgress, validateProgress }) => ({
    migrate: migrateProgress,
    validate: validateProgress,
  }));

export interface ProgressState extends Progress {
  /** Said once when saved progress could not be read; never persisted. */
  storageProblem: StorageProblem | null;
  /** Said when a quiz changed since its attempt was saved, by slot; never persisted. */
  notices: Record<string, string>;
}

export interface ProgressActions {
  start: (
    slot: Slot,
    kind: Attempt['kind'],
    questionIds: readonly string[],
    now: number,
    assessment?: boolean,
    answersFrom?: number,
  ) => void;
  /** A checked answer; a wrong one also enters the review deck, an assessment's only when it is handed in. */
  answer: (slot: Slot, questionId: string, record: AnswerRecord, now: number) => void;
  /** An answer in review moves its card up a box, or back to the first. */
  reviewAnswer: (ref: string, correct: boolean, now: number) => void;
  /** Progress from another tab or another device, merged in without losing anything here; the merge loads with it. */
  mergeIn: (progress: Progress) => Promise<void>;
  next: (slot: Slot) => void;
  /** To one question of an assessment, to change its answer before handing in. */
  goTo: (slot: Slot, questionId: string) => void;
  /** The last question's Next, or an assessment handed in. */
  finish: (slot: Slot, now: number) => void;
  reconcile: (slot: Slot, questionIds: readonly string[]) => void;
  setStudentName: (name: string) => void;
  dismissNotice: (slot: Slot) => void;
  dismissStorageProblem: () => void;
  resetProgress: () => void;
}

export type ProgressStore = ProgressState & { actions: ProgressActions };

const EMPTY_SLOT: QuizProgress = { current: null, finished: [] };

export function slotKey(slot: Slot): string {
  return `${slot.in}/${slot.key}`;
}

export function selectSlot(state: ProgressState, slot: Slot): QuizProgress | undefined {
  return state[slot.in][slot.key];
}

export function withSlot(state: ProgressState, slot: Slot, change: (progress: QuizProgress) => QuizProgress) {
  return { [slot.in]: { ...state[slot.in], [slot.key]: change(selectSlot(state, slot) ?? EMPTY_SLOT) } };
}

function withAttempt(state: ProgressState, slot: Slot, change: (attempt: Attempt) => Attempt) {
  const current = selectSlot(state, slot)?.current;
  return current ? withSlot(state, slot, (progress) => ({ ...progress, current: change(current) })) : {};
}

export function progressOf({ quizzes, assignments, studentName, review, activeDays }: ProgressState): Progress {
  return { quizzes, assignments, studentName, review, activeDays };
}

function describeChange(removed: number, added: number): string {
  return [removed > 0 && `${removed} question${removed === 1 ? '' : 's'} removed`, added > 0 && `${added} added`]
    .filter(Boolean)
    .join(', ');
}

export function createProgressStore(getBacking: () => Storage = () => window.localStorage, clock = Date.now) {
  const guard = guardedStorage({
    key: PROGRESS_KEY,
    version: PROGRESS_VERSION,
    loadShape: loadProgressShape,
    getBacking,
    clock,
  });
  const store = createStore<ProgressStore>()(
    persist<ProgressStore, [], [], Progress>(
      (set, get) => ({
        ...EMPTY_PROGRESS,
        storageProblem: null,
        notices: {},
        actions: {
          start: (slot, kind, questionIds, now, assessment, answersFrom) =>
            set((s) =>
              withSlot(s, slot, (p) => ({
                ...p,
                current: startAttempt(kind, questionIds, now, assessment, answersFrom),
              })),
            ),
          answer: (slot, questionId, record, now) =>
            set((s) => {
              const assessment = selectSlot(s, slot)?.current?.assessment;
              const change = withAttempt(s, slot, (attempt) =>
                recordAnswer(attempt, questionId, assessment ? { ...record, changedAt: now } : record),
              );
              if (!(slot.in in change)) return {};
              if (assessment) return change;
              const ref = slot.in === 'quizzes' ? questionRef(slot.key, questionId) : questionId;
              return {
                ...change,
                review: record.correct ? s.review : missed(s.review, ref, now),
                activeDays: withDay(s.activeDays, dayOf(now)),
              };
            }),
          reviewAnswer: (ref, correct, now) =>
            set((s) => ({
              review: reviewed(s.review, ref, correct, now),
              activeDays: withDay(s.activeDays, dayOf(now)),
            })),
          mergeIn: async (progress) => {
            const { mergeProgress } = await import('@/lib/progress/merge');
            set((s) => mergeProgress(progressOf(s), progress));
          },
          next: (slot) => set((s) => withAttempt(s, slot, advance)),
          goTo: (slot, questionId) => set((s) => withAttempt(s, slot, (attempt) => goTo(attempt, questionId))),
          finish: (slot, now) =>
            set((s) => {
              const current = selectSlot(s, slot)?.current;
              if (!current) return {};
              const done = withSlot(s, slot, (p) => ({
                ...p,
                current: null,
                finished: [...p.finished, finishAttempt(current, now)],
              }));
              if (!current.assessment) return done;
              return {
                ...done,
                review: reviewAfterHandIn(s.review, current, now),
                activeDays: withDay(s.activeDays, dayOf(now)),
              };
            }),
          // Called on every visit to a quiz: it saves only when the quiz really changed, so a visit that answers
          // nothing writes nothing to the device.
          reconcile: (slot, questionIds) => {
            const current = selectSlot(get(), slot)?.current;
            if (!current) return;
            const { attempt, removed, added } = reconcileAttempt(current, questionIds);
            if (attempt === current) return;
            const notice = attempt
              ? `This quiz changed since you started it (${describeChange(removed, added)}). Your answers to the other questions are kept.`
              : 'This quiz changed since you started it and none of your questions are left in it, so it starts afresh.';
            set((s) => ({
              ...withSlot(s, slot, (p) => ({ ...p, current: attempt })),
              notices: { ...s.notices, [slotKey(slot)]: notice },
            }));
          },
          // Cleaned here, so a pasted name never makes a result the gradebook refuses.
          setStudentName: (name) => set({ studentName: studentNameOf(name) }),
          dismissNotice: (slot) =>
            set((s) => ({
              notices: Object.fromEntries(Object.entries(s.notices).filter(([key]) => key !== slotKey(slot))),
            })),
          dismissStorageProblem: () => set({ storageProblem: null }),
          resetProgress: () => set({ ...EMPTY_PROGRESS, notices: {} }),
        },
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: guard.storage,
        // Typed as progress only for zustand: merge validates it before anything trusts it.
        migrate: (state, version) => guard.migrate(state, version) as Progress,
        merge: (persisted, current) => {
          const { state, storageProblem } = guard.accept(persisted);
          return { ...current, ...state, storageProblem };
        },
        partialize: progressOf,
        // Rehydrated after the first render, so the server's HTML and the first client render agree.
        skipHydration: true,
      },
    ),
  );
  return Object.assign(store, { saves: guard.saves });
}

export const progressStore = createProgressStore();

/**
 * Another tab of the app saved progress: merge it in, so answers given in two tabs at once
 * are all kept. Merging only when something is new stops two tabs echoing each other.
 */
export function followOtherTabs(store: ReturnType<typeof createProgressStore>, tab: EventTarget): () => void {
  const onStorage = async (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== PROGRESS_KEY || newValue === null) return;
    const read = readEnvelope(newValue, PROGRESS_VERSION);
    if (!read.ok) return;
    const [{ migrate, validate }, { mergeProgress, sameProgress }] = await Promise.all([
      loadProgressShape(),
      import('@/lib/progress/merge'),
    ]);
    const incoming = validate(migrate(read.envelope.state, read.envelope.version));
    if (!incoming) return;
    const current = progressOf(store.getState());
    if (!sameProgress(mergeProgress(current, incoming), current)) await store.getState().actions.mergeIn(incoming);
  };
  const listener = (event: Event) => void onStorage(event);
  tab.addEventListener('storage', listener);
  return () => tab.removeEventListener('storage', listener);
}

export function useProgress<T>(selector: (state: ProgressStore) => T): T {
  return useStore(progressStore, selector);
}

/** Actions never change, so components that only act never re-render for state. */
export function useProgressActions(): ProgressActions {
  return useStore(progressStore, (s) => s.actions);
}

/** Whether the learner's progress is on the device; the server and the first render assume it is. */
export function useProgressSaved(): SaveStatus {
  return useSyncExternalStore(progressStore.saves.subscribe, progressStore.saves.get, () => SAVED);
}

/** False on the server and in the first client render; true once the device's progress is loaded. */
export function useProgressHydrated(): boolean {
  return useSyncExternalStore(
    (onChange) => progressStore.persist.onFinishHydration(onChange),
    () => progressStore.persist.hasHydrated(),
    () => false,
  );
}
