import { useSyncExternalStore } from 'react';
import '@/lib/zodConfig';
import * as z from 'zod/mini';
import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { ReceiptSchema, type Receipt } from '@/lib/receipt';
import { guardedStorage, type StorageProblem } from './guardedStorage';

const GRADEBOOK_KEY = 'sourcecheck-gradebook';
const GRADEBOOK_VERSION = 1;

const GradebookSchema = z.object({ receipts: z.array(ReceiptSchema) });
type Gradebook = z.infer<typeof GradebookSchema>;

export interface ImportLine {
  /** Where it was in what the teacher pasted, from 1. */
  position: number;
  status: 'imported' | 'duplicate' | 'rejected';
  detail: string;
}

interface GradebookState extends Gradebook {
  storageProblem: StorageProblem | null;
  /** What the last import did, line by line; never persisted. */
  lastImport: ImportLine[] | null;
}

interface GradebookActions {
  /** Adds receipts not already here (same checksum), and records what happened to each line. */
  importResults: (lines: (ImportLine | Receipt)[]) => void;
  deleteReceipt: (checksum: string) => void;
  deleteAssignment: (assignment: string) => void;
}

type GradebookStore = GradebookState & { actions: GradebookActions };

function isReceipt(line: ImportLine | Receipt): line is Receipt {
  return 'checksum' in line;
}

export function createGradebookStore(getBacking: () => Storage = () => window.localStorage, clock = Date.now) {
  const guard = guardedStorage({
    key: GRADEBOOK_KEY,
    version: GRADEBOOK_VERSION,
    loadShape: async () => ({
      validate: (state) => GradebookSchema.safeParse(state).data ?? null,
      migrate: (state) => state,
    }),
    getBacking,
    clock,
  });
  return createStore<GradebookStore>()(
    persist<GradebookStore, [], [], Gradebook>(
      (set) => ({
        receipts: [],
        storageProblem: null,
        lastImport: null,
        actions: {
          importResults: (lines) =>
            set((s) => {
              const known = new Set(s.receipts.map((r) => r.checksum));
              const added: Receipt[] = [];
              const report = lines.map((line, index): ImportLine => {
                if (!isReceipt(line)) return line;
                const position = index + 1;
                const who = `${line.name}: ${line.correct} of ${line.questions.length}`;
                if (known.has(line.checksum))
                  return { position, status: 'duplicate', detail: `${who}, already in the gradebook` };
                known.add(line.checksum);
                added.push(line);
                return { position, status: 'imported', detail: who };
              });
              return { receipts: [...s.receipts, ...added], lastImport: report };
            }),
          deleteReceipt: (checksum) => set((s) => ({ receipts: s.receipts.filter((r) => r.checksum !== checksum) })),
          deleteAssignment: (assignment) =>
            set((s) => ({ receipts: s.receipts.filter((r) => r.assignment !== assignment) })),
        },
      }),
      {
        name: GRADEBOOK_KEY,
        version: GRADEBOOK_VERSION,
        storage: guard.storage,
        merge: (persisted, current) => {
          const { state, storageProblem } = guard.accept(persisted);
          return { ...current, ...state, storageProblem };
        },
        partialize: ({ receipts }) => ({ receipts }),
        skipHydration: true,
      },
    ),
  );
}

export const gradebookStore = createGradebookStore();

export function useGradebook<T>(selector: (state: GradebookStore) => T): T {
  return useStore(gradebookStore, selector);
}

export function useGradebookActions(): GradebookActions {
  return useStore(gradebookStore, (s) => s.actions);
}

export function useGradebookHydrated(): boolean {
  return useSyncExternalStore(
    (onChange) => gradebookStore.persist.onFinishHydration(onChange),
    () => gradebookStore.persist.hasHydrated(),
    () => false,
  );
}
