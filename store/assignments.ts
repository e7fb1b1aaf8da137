import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Assignment } from '@/lib/assignment';
import { mergeKept, newestFirst } from '@/lib/keptAssignment';
import type { KeptAssignment } from '@/lib/keptAssignmentSchema';
import { readCheckedRecords } from './checkedRecords';
import { indexedDbAssignments, type DeviceDatabase } from './deviceDatabase';
import { keepOnDevice } from './keepOnDevice';

interface AssignmentsState {
  kept: KeptAssignment[];
  loaded: boolean;
  /** Said when the device would not give its assignments, or some could not be read. */
  problem: string | null;
}

interface AssignmentsActions {
  load: () => Promise<void>;
  /** Keeps an assignment just built; resolves only once the device has it, and rejects when it will not keep it. */
  keep: (assignment: Assignment, now?: number) => Promise<void>;
  /** Marks an assignment closed, once the device has kept that. */
  close: (id: string, now?: number) => Promise<void>;
  /** Adds assignments from a backup, merged with those here by id: nothing here is lost or reopened. */
  mergeIn: (kept: readonly KeptAssignment[]) => Promise<void>;
}

export type AssignmentsStore = AssignmentsState & { actions: AssignmentsActions };

export function createAssignmentsStore(
  database: DeviceDatabase<KeptAssignment> = indexedDbAssignments<KeptAssignment>(),
) {
  let loading: Promise<void> | null = null;
  return createStore<AssignmentsStore>()((set, get) => {
    /** Writes first, shows after: the list never holds what the device has not kept. */
    const write = async (records: KeptAssignment[]) => {
      if (records.length === 0) return;
      await database.put(records);
      keepOnDevice();
      set((s) => {
        const byId = new Map(s.kept.map((k) => [k.assignment.id, k]));
        for (const record of records) byId.set(record.assignment.id, record);
        return { kept: newestFirst([...byId.values()]) };
      });
    };
    return {
      kept: [],
      loaded: false,
      problem: null,
      actions: {
        load: () =>
          (loading ??= readCheckedRecords(
            database,
            () => import('@/lib/keptAssignmentSchema').then((m) => m.KeptAssignmentSchema),
            ['assignment', 'assignments'],
          ).then(({ records, problem }) => {
            const known = new Set(records.map((k) => k.assignment.id));
            set({
              kept: newestFirst([...records, ...get().kept.filter((k) => !known.has(k.assignment.id))]),
              loaded: true,
              problem,
            });
          })),
        keep: (assignment, now = Date.now()) => write([{ assignment, createdAt: now }]),
        close: async (id, now = Date.now()) => {
          const kept = get().kept.find((k) => k.assignment.id === id);
          if (kept && kept.closedAt === undefined) await write([{ ...kept, closedAt: now }]);
        },
        mergeIn: (incoming) => {
          const here = new Map(get().kept.map((k) => [k.assignment.id, k]));
          const changed = incoming.flatMap((record) => {
            const existing = here.get(record.assignment.id);
            const merged = existing ? mergeKept(existing, record) : record;
            return existing && JSON.stringify(merged) === JSON.stringify(existing) ? [] : [merged];
          });
          return write(changed);
        },
      },
    };
  });
}

export const assignmentsStore = createAssignmentsStore();

export function useAssignments<T>(selector: (state: AssignmentsStore) => T): T {
  return useStore(assignmentsStore, selector);
}

export function useAssignmentsActions(): AssignmentsActions {
  return useStore(assignmentsStore, (s) => s.actions);
}
