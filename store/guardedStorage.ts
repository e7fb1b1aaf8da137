import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { backupKey, readEnvelope } from '@/lib/progress/envelope';

export interface StorageProblem {
  reason: string;
  /** Where the unreadable value was kept, or null when storage refused even that. */
  backupKey: string | null;
}

/** How a store checks what it reads back: its schema and its migrations. */
export interface StoredShape<T> {
  validate: (state: unknown) => T | null;
  migrate: (state: unknown, fromVersion: number) => unknown;
}

interface GuardOptions<T> {
  key: string;
  version: number;
  /** Loaded only when there is saved state to check, so pages do not carry the schemas in their first scripts. */
  loadShape: () => Promise<StoredShape<T>>;
  getBacking: () => Storage;
  clock: () => number;
}

/**
 * localStorage for zustand's persist that never lets a bad value through and never destroys
 * one: whatever cannot be read is moved to a backup key before the store starts afresh.
 */
export function guardedStorage<T>({ key, version, loadShape, getBacking, clock }: GuardOptions<T>) {
  let problem: StorageProblem | null = null;
  let shape: StoredShape<T> | null = null;

  const quarantine = (reason: string) => {
    const backing = getBacking();
    const raw = backing.getItem(key);
    let kept: string | null = null;
    if (raw !== null) {
      try {
        kept = backupKey(key, clock());
        backing.setItem(kept, raw);
        // Moved, not copied: reading the same bad value again must not pile up backups.
        backing.removeItem(key);
      } catch {
        kept = null;
      }
    }
    problem = { reason, backupKey: kept };
  };

  const storage: PersistStorage<T> = {
    getItem: async (name) => {
      const raw = getBacking().getItem(name);
      if (raw === null) return null;
      const read = readEnvelope(raw, version);
      if (!read.ok) {
        quarantine(read.reason);
        return null;
      }
      shape ??= await loadShape();
      return read.envelope as StorageValue<T>;
    },
    setItem: (name, value) => getBacking().setItem(name, JSON.stringify(value)),
    removeItem: (name) => getBacking().removeItem(name),
  };

  /** For persist's migrate: getItem has loaded the shape before persist asks. */
  const migrate = (state: unknown, fromVersion: number) => (shape ? shape.migrate(state, fromVersion) : state);

  /** For persist's merge: the stored state if it validates, nothing otherwise, and what went wrong. */
  const accept = (persisted: unknown): { state: Partial<T>; storageProblem: StorageProblem | null } => {
    if (persisted !== undefined) {
      const state = shape?.validate(persisted);
      if (state) return { state, storageProblem: problem };
      quarantine('it does not match the shape SourceCheck saves');
    }
    return { state: {}, storageProblem: problem };
  };

  return { storage, migrate, accept };
}
