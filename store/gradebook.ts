import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { isolated } from '@/lib/format';
import { backupKey, readEnvelope } from '@/lib/progress/envelope';
import { ReceiptSchema, type Receipt } from '@/lib/receipt';
import { SAVED, storageFailure, type SaveStatus } from '@/lib/storageFailure';
import { indexedDbGradebook, type GradebookDatabase } from './gradebookDatabase';
import { keepOnDevice } from './keepOnDevice';

/** Where version 1 kept the gradebook, in localStorage: moved to IndexedDB on first load, then removed. */
export const LEGACY_GRADEBOOK_KEY = 'sourcecheck-gradebook';
const LEGACY_GRADEBOOK_VERSION = 1;

export interface ImportLine {
  /** Where it was in what the teacher pasted, from 1. */
  position: number;
  /** `unsaved`: a good result the device would not keep, shown for now but gone after a reload. */
  status: 'imported' | 'unsaved' | 'duplicate' | 'rejected';
  detail: string;
}

interface GradebookState {
  receipts: Receipt[];
  loaded: boolean;
  /** Whether the last write reached the device; results it would not keep are still shown until a reload. */
  saved: SaveStatus;
  /** Checksums of results shown here that the device has not kept: an import of them again tries again. */
  unsaved: string[];
  /** What loading found that the teacher should know: results set aside, an old gradebook kept aside. */
  loadProblems: string[];
  /** What the last import did, line by line. */
  lastImport: ImportLine[] | null;
}

interface GradebookActions {
  /** Reads the device's results, moving an older gradebook from localStorage without losing any. */
  load: () => Promise<void>;
  /** A new import is being checked: the last one's report no longer says what happened. */
  beginImport: () => void;
  /** Adds results not already here (same checksum), saved before it says "imported", and reports each line. */
  importResults: (lines: (ImportLine | Receipt)[]) => Promise<void>;
  deleteReceipt: (checksum: string) => Promise<void>;
  deleteAssignment: (assignment: string) => Promise<void>;
}

export type GradebookStore = GradebookState & { actions: GradebookActions };

function isReceipt(line: ImportLine | Receipt): line is Receipt {
  return 'checksum' in line;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Checks each stored result on its own, so one bad record (forged, or from an older rule) never hides the rest. */
function checkRecords(records: readonly unknown[]): { receipts: Receipt[]; rejected: number } {
  const receipts: Receipt[] = [];
  for (const record of records) {
    const parsed = ReceiptSchema.safeParse(record);
    if (parsed.success) receipts.push(parsed.data);
  }
  return { receipts, rejected: records.length - receipts.length };
}

interface LegacyGradebook {
  storage: Storage;
  raw: string;
  receipts: Receipt[];
  /** Whether anything in it could not be read, so it must be kept aside rather than removed. */
  incomplete: boolean;
}

function readLegacy(legacy: () => Storage): LegacyGradebook | null {
  try {
    const storage = legacy();
    const raw = storage.getItem(LEGACY_GRADEBOOK_KEY);
    if (raw === null) return null;
    const read = readEnvelope(raw, LEGACY_GRADEBOOK_VERSION);
    const records = read.ok ? (read.envelope.state as { receipts?: unknown } | null)?.receipts : undefined;
    const { receipts, rejected } = checkRecords(Array.isArray(records) ? records : []);
    return { storage, raw, receipts, incomplete: !Array.isArray(records) || rejected > 0 };
  } catch {
    return null;
  }
}

/**
 * Once its results are in the database, the old gradebook leaves localStorage; what could not be read stays on
 * the device under a name of its own, for the teacher to recover.
 */
function retireLegacy({ storage, raw, incomplete }: LegacyGradebook, now: number): string | null {
  try {
    if (incomplete) {
      const kept = backupKey(LEGACY_GRADEBOOK_KEY, now);
      storage.setItem(kept, raw);
      storage.removeItem(LEGACY_GRADEBOOK_KEY);
      return `Part of the gradebook saved by an older version could not be read; it is kept on this device under “${kept}”.`;
    }
    storage.removeItem(LEGACY_GRADEBOOK_KEY);
  } catch {
    // Left where it was: the next load moves it again, and results already moved are not doubled.
  }
  return null;
}

interface GradebookOptions {
  database?: GradebookDatabase;
  /** localStorage, where the gradebook lived before; reading it may throw where storage is blocked. */
  legacy?: () => Storage;
  clock?: () => number;
}

export function createGradebookStore({
  database = indexedDbGradebook(),
  legacy = () => window.localStorage,
  clock = Date.now,
}: GradebookOptions = {}) {
  let loading: Promise<void> | null = null;
  return createStore<GradebookStore>()((set, get) => {
    /** Writes first and changes the page after, so nothing is shown as kept that the device refused. */
    const write = async (change: () => Promise<void>): Promise<boolean> => {
      try {
        await change();
        set({ saved: SAVED });
        return true;
      } catch (error) {
        set({ saved: { saved: false, failure: storageFailure(error) } });
        return false;
      }
    };

    const load = async () => {
      const problems: string[] = [];
      const old = readLegacy(legacy);
      let records: unknown[] = [];
      let saved: SaveStatus = SAVED;
      try {
        if (old) {
          await database.put(old.receipts);
          const kept = retireLegacy(old, clock());
          if (kept) problems.push(kept);
        }
        records = await database.all();
      } catch (error) {
        // The database would not open or write: the page works in memory, with the old gradebook still shown.
        saved = { saved: false, failure: storageFailure(error) };
      }
      const { receipts, rejected } = checkRecords(records);
      if (rejected > 0) {
        problems.push(
          `${plural(rejected, 'saved result')} failed SourceCheck’s checks and ${rejected === 1 ? 'is' : 'are'} not shown; nothing was deleted.`,
        );
      }
      // Results of the old gradebook that did not reach the database, and results imported while loading.
      const known = new Set(receipts.map((r) => r.checksum));
      const extra = [...(old?.receipts ?? []), ...get().receipts].filter((r) => {
        if (known.has(r.checksum)) return false;
        known.add(r.checksum);
        return true;
      });
      set({ receipts: [...receipts, ...extra], loaded: true, saved, loadProblems: problems });
    };

    return {
      receipts: [],
      loaded: false,
      saved: SAVED,
      unsaved: [],
      loadProblems: [],
      lastImport: null,
      actions: {
        load: () => (loading ??= load()),
        beginImport: () => set({ lastImport: null }),
        importResults: async (lines) => {
          const shown = new Set(get().receipts.map((r) => r.checksum));
          const unsaved = new Set(get().unsaved);
          // A result shown but never saved is not "already here": importing it again saves it.
          const known = new Set([...shown].filter((checksum) => !unsaved.has(checksum)));
          const added: Receipt[] = [];
          const report = lines.map((line, index): ImportLine => {
            if (!isReceipt(line)) return line;
            const position = index + 1;
            const who = `${isolated(line.name)}: ${line.correct} of ${line.questions.length}`;
            if (known.has(line.checksum))
              return { position, status: 'duplicate', detail: `${who}, already in the gradebook` };
            known.add(line.checksum);
            added.push(line);
            return { position, status: 'imported', detail: who };
          });
          const kept = added.length === 0 || (await write(() => database.put(added)));
          if (kept && added.length > 0) keepOnDevice();
          const checksums = new Set(added.map((r) => r.checksum));
          set((s) => ({
            receipts: [...s.receipts, ...added.filter((r) => !shown.has(r.checksum))],
            unsaved: kept
              ? s.unsaved.filter((checksum) => !checksums.has(checksum))
              : [...s.unsaved.filter((checksum) => !checksums.has(checksum)), ...checksums],
            lastImport: kept
              ? report
              : report.map((line) =>
                  line.status === 'imported'
                    ? {
                        ...line,
                        status: 'unsaved',
                        detail: `${line.detail}, shown for now but not saved on this device`,
                      }
                    : line,
                ),
          }));
        },
        deleteReceipt: async (checksum) => {
          if (await write(() => database.remove([checksum])))
            set((s) => ({
              receipts: s.receipts.filter((r) => r.checksum !== checksum),
              unsaved: s.unsaved.filter((c) => c !== checksum),
            }));
        },
        deleteAssignment: async (assignment) => {
          const gone = get().receipts.filter((r) => r.assignment === assignment);
          const checksums = new Set(gone.map((r) => r.checksum));
          if (await write(() => database.remove([...checksums])))
            set((s) => ({
              receipts: s.receipts.filter((r) => !checksums.has(r.checksum)),
              unsaved: s.unsaved.filter((c) => !checksums.has(c)),
            }));
        },
      },
    };
  });
}

export const gradebookStore = createGradebookStore();

export function useGradebook<T>(selector: (state: GradebookStore) => T): T {
  return useStore(gradebookStore, selector);
}

export function useGradebookActions(): GradebookActions {
  return useStore(gradebookStore, (s) => s.actions);
}

/** Loads the gradebook once, after the first render; false until it is loaded (and on the server). */
export function useGradebookLoaded(): boolean {
  return useSyncExternalStore(
    gradebookStore.subscribe,
    () => gradebookStore.getState().loaded,
    () => false,
  );
}
