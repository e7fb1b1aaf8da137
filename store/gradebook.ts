import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { isolated } from '@/lib/format';
import { readEnvelope } from '@/lib/progress/envelope';
import { plainText } from '@/lib/plainText';
import type { Receipt } from '@/lib/receipt';
import { SAVED, storageFailure, type SaveStatus } from '@/lib/storageFailure';
import { indexedDbGradebook, type GradebookDatabase } from './deviceDatabase';
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
  /** Whether the last write of results reached the device; what it would not keep is shown until a reload. */
  saved: SaveStatus;
  /** Checksums of results shown here that the device has not kept: an import of them again tries again. */
  unsaved: string[];
  /** What loading found that the teacher should know: results set aside, an old gradebook left in place. */
  loadProblems: string[];
  /** Said when a delete did not reach the device. */
  deleteProblem: string | null;
  /** What the last import did, line by line. */
  lastImport: ImportLine[] | null;
}

interface GradebookActions {
  /** Reads the device's results, moving an older gradebook from localStorage without losing any. */
  load: () => Promise<void>;
  /** A new import is being checked: the last one's report no longer says what happened. */
  beginImport: () => void;
  /**
   * Adds results not already here (same checksum), saved before it says "imported", and reports each line: as the
   * page's import report unless `report` is false (the drop box says what it collected in its own words).
   */
  importResults: (lines: (ImportLine | Receipt)[], options?: { report?: boolean }) => Promise<ImportLine[]>;
  /** Tries again to save the results shown but not saved, as after the teacher frees some space. */
  saveUnsaved: () => Promise<void>;
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

/** Who a stored record that fails the checks was, for the teacher to know which results are hidden. */
function whoseRecord(record: unknown): string {
  const name = (record as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim()
    ? `“${isolated(plainText(name).slice(0, 60))}”`
    : 'an unreadable result';
}

/**
 * Results imported under earlier rules could hold a tab in a name or title; those are mended as the app now
 * cleans names, rather than hidden. What still fails the checks is named, never trusted.
 */
function mended(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record;
  const fields = record as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? plainText(value) : value);
  return {
    ...fields,
    name: text(fields.name),
    ...('title' in fields ? { title: text(fields.title) } : {}),
    ...('className' in fields ? { className: text(fields.className) } : {}),
  };
}

/**
 * Checks each stored result on its own, so one bad record (forged, or from an older rule) never hides the rest. The
 * receipt's schema (and zod) loads only when there are records to check.
 */
async function checkRecords(records: readonly unknown[]): Promise<{ receipts: Receipt[]; rejected: string[] }> {
  if (records.length === 0) return { receipts: [], rejected: [] };
  const { ReceiptSchema } = await import('@/lib/receipt');
  const receipts: Receipt[] = [];
  const rejected: string[] = [];
  for (const record of records) {
    const parsed = ReceiptSchema.safeParse(mended(record));
    if (parsed.success) receipts.push(parsed.data);
    else rejected.push(whoseRecord(record));
  }
  return { receipts, rejected };
}

function hidden(rejected: readonly string[], where: string): string {
  const names = rejected.slice(0, 5).join(', ') + (rejected.length > 5 ? ` and ${rejected.length - 5} more` : '');
  return `${plural(rejected.length, 'result')} ${where} failed SourceCheck’s checks and ${rejected.length === 1 ? 'is' : 'are'} not shown: ${names}. Nothing was deleted.`;
}

interface LegacyGradebook {
  storage: Storage;
  receipts: Receipt[];
  /** Who could not be moved; while any could not, the old gradebook stays where it is. */
  rejected: string[];
}

async function readLegacy(legacy: () => Storage): Promise<LegacyGradebook | null> {
  try {
    const storage = legacy();
    const raw = storage.getItem(LEGACY_GRADEBOOK_KEY);
    if (raw === null) return null;
    const read = readEnvelope(raw, LEGACY_GRADEBOOK_VERSION);
    const records = read.ok ? (read.envelope.state as { receipts?: unknown } | null)?.receipts : undefined;
    if (!Array.isArray(records)) return { storage, receipts: [], rejected: ['the whole older gradebook'] };
    return { storage, ...(await checkRecords(records)) };
  } catch {
    return null;
  }
}

/**
 * Once its results are in the database, the old gradebook leaves localStorage. One that holds anything that could
 * not be moved stays where it is, untouched: copying it aside would need as much room again on a device that
 * may have none, and moving it again next time doubles nothing, since results are kept by checksum.
 */
function retireLegacy({ storage, rejected }: LegacyGradebook): string | null {
  if (rejected.length > 0) {
    return `${hidden(rejected, 'saved by an older version')} They stay in this browser’s storage under “${LEGACY_GRADEBOOK_KEY}”.`;
  }
  try {
    storage.removeItem(LEGACY_GRADEBOOK_KEY);
  } catch {
    // Left where it was: the next load moves it again.
  }
  return null;
}

interface GradebookOptions {
  database?: GradebookDatabase;
  /** localStorage, where the gradebook lived before; reading it may throw where storage is blocked. */
  legacy?: () => Storage;
  /** How long loading may wait for the database, which another tab can hold, before the page works in memory. */
  patience?: number;
}

/** How many results go to the device in one write: half of 500, which held the page 20 to 40 ms a write (scripts/bench/gradebook.mjs). */
const SAVE_BATCH = 250;

/** Rejects as a busy database would, when another tab holds it past the page's patience. */
function waitAtMost<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException('The database did not answer in time.', 'TimeoutError')), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function createGradebookStore({
  database = indexedDbGradebook(),
  legacy = () => window.localStorage,
  patience = 8_000,
}: GradebookOptions = {}) {
  let loading: Promise<void> | null = null;
  /** Imports run one after another, so two at once can never both add the same result. */
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>) => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  return createStore<GradebookStore>()((set, get) => {
    const failed = (error: unknown): SaveStatus => ({ saved: false, failure: storageFailure(error) });

    const load = async () => {
      const problems: string[] = [];
      const old = await readLegacy(legacy);
      let saved: SaveStatus = SAVED;
      if (old) {
        try {
          await waitAtMost(database.put(old.receipts), patience);
          const kept = retireLegacy(old);
          if (kept) problems.push(kept);
        } catch (error) {
          // Not moved: the old gradebook stays in localStorage and is shown from there.
          saved = failed(error);
        }
      }
      let records: unknown[] = [];
      try {
        records = await waitAtMost(database.all(), patience);
      } catch (error) {
        saved = failed(error);
      }
      const { receipts, rejected } = await checkRecords(records);
      if (rejected.length > 0) problems.push(hidden(rejected, 'saved on this device'));
      // Results of the old gradebook that did not reach the database, and results imported while loading.
      const known = new Set(receipts.map((r) => r.checksum));
      const extra = [...(old?.receipts ?? []), ...get().receipts].filter((r) => {
        if (known.has(r.checksum)) return false;
        known.add(r.checksum);
        return true;
      });
      set({ receipts: [...receipts, ...extra], loaded: true, saved, loadProblems: problems });
      if (receipts.length > 0) keepOnDevice();
    };

    /**
     * Writes what is new together with every result still waiting to be saved, a batch at a time, then says what
     * the device kept: nothing is called imported or saved before the database has it. Batches, because 10,000
     * results in one transaction held the page half a second (scripts/bench/gradebook.mjs); the page answers the
     * teacher between them. When one fails, the batches before it are kept and said to be, and the rest are not.
     * Returns the checksums written.
     */
    const save = async (added: Receipt[]): Promise<Set<string>> => {
      const waiting = new Set(get().unsaved);
      const retried = get().receipts.filter((r) => waiting.has(r.checksum));
      const shown = new Set(get().receipts.map((r) => r.checksum));
      const writing = [...added, ...retried];
      let written = 0;
      try {
        // Longer than any write takes; one past it is called unsaved, and saving again later doubles nothing.
        for (; written < writing.length; written += SAVE_BATCH) {
          await waitAtMost(database.put(writing.slice(written, written + SAVE_BATCH)), patience * 8);
        }
        set({ saved: SAVED });
      } catch (error) {
        set({ saved: failed(error) });
      }
      const kept = new Set(writing.slice(0, written).map((r) => r.checksum));
      if (kept.size > 0) keepOnDevice();
      set((s) => ({
        receipts: [...s.receipts, ...added.filter((r) => !shown.has(r.checksum))],
        unsaved: [...new Set([...s.unsaved, ...added.map((r) => r.checksum)])].filter((c) => !kept.has(c)),
      }));
      return kept;
    };

    const importResults = async (lines: (ImportLine | Receipt)[], { report: shown = true } = {}) => {
      const unsaved = new Set(get().unsaved);
      // A result shown but never saved is not "already here": importing it again saves it.
      const known = new Set(
        get()
          .receipts.map((r) => r.checksum)
          .filter((checksum) => !unsaved.has(checksum)),
      );
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
      const kept = await save(added);
      // A line "imported" stands for a result; it stays so only if the device kept that result.
      const lastImport = report.map((line, index): ImportLine =>
        line.status === 'imported' && !kept.has((lines[index] as Receipt).checksum)
          ? { ...line, status: 'unsaved', detail: `${line.detail}, shown for now but not saved on this device` }
          : line,
      );
      if (shown) set({ lastImport });
      return lastImport;
    };

    const remove = async (gone: readonly Receipt[], what: string) => {
      const checksums = new Set(gone.map((r) => r.checksum));
      try {
        await database.remove([...checksums]);
      } catch {
        // The results are still on the device, so they stay on the page too, and the teacher is told.
        set({
          deleteProblem: `${what} could not be deleted from this device, so it is still here. Try again, or reload the page.`,
        });
        return;
      }
      set((s) => ({
        receipts: s.receipts.filter((r) => !checksums.has(r.checksum)),
        unsaved: s.unsaved.filter((c) => !checksums.has(c)),
        deleteProblem: null,
      }));
    };

    return {
      receipts: [],
      loaded: false,
      saved: SAVED,
      unsaved: [],
      loadProblems: [],
      deleteProblem: null,
      lastImport: null,
      actions: {
        load: () => (loading ??= load()),
        beginImport: () => set({ lastImport: null }),
        importResults: (lines, options) => enqueue(() => importResults(lines, options)),
        saveUnsaved: () => enqueue(async () => void (await save([]))),
        deleteReceipt: (checksum) =>
          remove(
            get().receipts.filter((r) => r.checksum === checksum),
            'That result',
          ),
        deleteAssignment: (assignment) =>
          remove(
            get().receipts.filter((r) => r.assignment === assignment),
            'That assignment’s results',
          ),
      },
    };
  });
}

export const gradebookStore = createGradebookStore();

/** Whether the gradebook has something it could not keep, delete or read to tell the teacher (GradebookNotice). */
export function hasGradebookProblem(s: GradebookState): boolean {
  return s.unsaved.length > 0 || !s.saved.saved || s.deleteProblem !== null || s.loadProblems.length > 0;
}

export function useGradebook<T>(selector: (state: GradebookStore) => T): T {
  return useStore(gradebookStore, selector);
}

export function useGradebookActions(): GradebookActions {
  return useStore(gradebookStore, (s) => s.actions);
}

/** False until the gradebook is loaded (and on the server). */
export function useGradebookLoaded(): boolean {
  return useSyncExternalStore(
    gradebookStore.subscribe,
    () => gradebookStore.getState().loaded,
    () => false,
  );
}
