import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { backupKey, readEnvelope } from '@/lib/progress/envelope';
import { SAVED, storageFailure, type SaveStatus, type StorageFailure } from '@/lib/storageFailure';

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

/** Whether the last write reached the device, for pages to say so; `subscribe` suits useSyncExternalStore. */
export interface SaveTracker {
  get: () => SaveStatus;
  subscribe: (onChange: () => void) => () => void;
}

/**
 * localStorage for zustand's persist that never lets a bad value through and never destroys
 * one: whatever cannot be read is moved to a backup key before the store starts afresh. A device
 * that will not save (full, blocked, refusing) never breaks the app: the state lives on in memory,
 * and `saves` says that it is not on the device, until a later write gets everything there again.
 */
export function guardedStorage<T>({ key, version, loadShape, getBacking, clock }: GuardOptions<T>) {
  let problem: StorageProblem | null = null;
  let shape: StoredShape<T> | null = null;
  let status: SaveStatus = SAVED;
  /** Set when an unreadable value could not be moved aside: writing would destroy it, so nothing is written. */
  let held: StorageFailure | null = null;
  const listeners = new Set<() => void>();

  const report = (next: SaveStatus) => {
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    listeners.forEach((listener) => listener());
  };
  const saves: SaveTracker = {
    get: () => status,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };

  const quarantine = (reason: string) => {
    let kept: string | null = null;
    try {
      const backing = getBacking();
      const raw = backing.getItem(key);
      if (raw !== null) {
        kept = backupKey(key, clock());
        backing.setItem(kept, raw);
        // Moved, not copied: reading the same bad value again must not pile up backups.
        backing.removeItem(key);
      }
    } catch (error) {
      kept = null;
      held = storageFailure(error);
    }
    problem = { reason, backupKey: kept };
  };

  const storage: PersistStorage<T> = {
    getItem: async (name) => {
      let raw: string | null;
      try {
        raw = getBacking().getItem(name);
      } catch (error) {
        // Storage blocked for the site: the app runs in memory, and says so, rather than wait forever.
        report({ saved: false, failure: storageFailure(error) });
        return null;
      }
      if (raw === null) return null;
      const read = readEnvelope(raw, version);
      if (!read.ok) {
        quarantine(read.reason);
        return null;
      }
      shape ??= await loadShape();
      return read.envelope as StorageValue<T>;
    },
    setItem: (name, value) => {
      if (held) {
        report({ saved: false, failure: held });
        return;
      }
      try {
        getBacking().setItem(name, JSON.stringify(value));
        report(SAVED);
      } catch (error) {
        report({ saved: false, failure: storageFailure(error) });
      }
    },
    removeItem: (name) => {
      try {
        getBacking().removeItem(name);
      } catch (error) {
        report({ saved: false, failure: storageFailure(error) });
      }
    },
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

  return { storage, migrate, accept, saves };
}
