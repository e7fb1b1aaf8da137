import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import '@/lib/zodConfig';
import * as z from 'zod/mini';
import { indexedDbBackupRecord, type DeviceDatabase } from './deviceDatabase';

const BackupRecordSchema = z.strictObject({
  /** When a backup was last downloaded here; the page cannot know whether the teacher kept the file. */
  madeAt: z.optional(z.int()),
  /** Checksums of results in a backup downloaded or restored here. */
  results: z.array(z.string()),
});

type BackupRecord = z.infer<typeof BackupRecordSchema>;

interface BackupsState {
  record: BackupRecord;
  loaded: boolean;
}

interface BackupsActions {
  load: () => Promise<void>;
  /** A backup holding these results was downloaded: kept before the page says when the last backup was made. */
  made: (results: readonly string[], now?: number) => Promise<void>;
  /** These results came from a backup, so they are in one. */
  restored: (results: readonly string[]) => Promise<void>;
}

export type BackupsStore = BackupsState & { actions: BackupsActions };

export function createBackupsStore(database: DeviceDatabase<BackupRecord> = indexedDbBackupRecord<BackupRecord>()) {
  let loading: Promise<void> | null = null;
  return createStore<BackupsStore>()((set, get) => {
    const write = async (change: Partial<BackupRecord>, results: readonly string[]) => {
      const record = { ...get().record, ...change, results: [...new Set([...get().record.results, ...results])] };
      await database.put([record]);
      set({ record });
    };
    return {
      record: { results: [] },
      loaded: false,
      actions: {
        load: () =>
          (loading ??= database.all().then(
            (records) => {
              const parsed = BackupRecordSchema.safeParse(records[0]);
              set({ loaded: true, ...(parsed.success ? { record: parsed.data } : {}) });
            },
            () => set({ loaded: true }),
          )),
        made: (results, now = Date.now()) => write({ madeAt: now }, results),
        restored: (results) => write({}, results),
      },
    };
  });
}

export const backupsStore = createBackupsStore();

export function useBackups<T>(selector: (state: BackupsStore) => T): T {
  return useStore(backupsStore, selector);
}
