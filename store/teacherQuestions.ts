import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Question } from '@/lib/content/schema';
import type { TeacherQuestionRecord } from '@/lib/teacherQuestions';
import { readCheckedRecords } from './checkedRecords';
import { indexedDbTeacherQuestions, type DeviceDatabase } from './deviceDatabase';

interface TeacherQuestionsState {
  /** By id. */
  questions: Record<string, TeacherQuestionRecord>;
  loaded: boolean;
  /** What loading could not read, in words. */
  problem: string | null;
}

interface TeacherQuestionsActions {
  load: () => Promise<void>;
  /** Keeps a question (new, or changed under its id); rejects, changing nothing here, when the device will not. */
  keep: (question: Question, now?: number) => Promise<void>;
  /** Keeps questions opened from a file, each under its id. */
  keepAll: (questions: readonly Question[], now?: number) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

export type TeacherQuestionsStore = TeacherQuestionsState & { actions: TeacherQuestionsActions };

// The question schema (full zod) loads only to read questions a device holds.
const recordSchema = async () => {
  const { migrateTeacherQuestion, TeacherQuestionRecordSchema } = await import('@/lib/teacherQuestions');
  return { safeParse: (value: unknown) => TeacherQuestionRecordSchema.safeParse(migrateTeacherQuestion(value)) };
};

export function createTeacherQuestionsStore(
  database: DeviceDatabase<TeacherQuestionRecord> = indexedDbTeacherQuestions<TeacherQuestionRecord>(),
) {
  let loading: Promise<void> | null = null;
  return createStore<TeacherQuestionsStore>()((set) => {
    const write = async (questions: readonly Question[], now: number) => {
      const records = questions.map((question): TeacherQuestionRecord => ({ version: 1, question, updatedAt: now }));
      await database.put(records);
      set((s) => ({
        questions: { ...s.questions, ...Object.fromEntries(records.map((r) => [r.question.id, r])) },
      }));
    };
    return {
      questions: {},
      loaded: false,
      problem: null,
      actions: {
        load: () =>
          (loading ??= readCheckedRecords(database, recordSchema, ['question', 'questions']).then(
            ({ records, problem }) =>
              set((s) => ({
                questions: { ...Object.fromEntries(records.map((r) => [r.question.id, r])), ...s.questions },
                loaded: true,
                problem,
              })),
          )),
        keep: (question, now = Date.now()) => write([question], now),
        keepAll: (questions, now = Date.now()) => write(questions, now),
        remove: async (id) => {
          await database.remove([id]);
          set((s) => ({ questions: Object.fromEntries(Object.entries(s.questions).filter(([key]) => key !== id)) }));
        },
      },
    };
  });
}

export const teacherQuestionsStore = createTeacherQuestionsStore();

export function useTeacherQuestions<T>(selector: (state: TeacherQuestionsStore) => T): T {
  return useStore(teacherQuestionsStore, selector);
}

export function useTeacherQuestionsActions(): TeacherQuestionsActions {
  return useStore(teacherQuestionsStore, (s) => s.actions);
}
