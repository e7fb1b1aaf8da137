import { createStore, delMany, setMany, values, type UseStore } from 'idb-keyval';

/**
 * Where the teacher's results are kept: one record a result, keyed by its checksum, so an import writes only
 * what it adds and a gradebook of tens of thousands never has to be rewritten whole. Every method rejects
 * with the browser's own error when the device will not keep what it is asked to.
 */
export interface GradebookDatabase {
  /** Every stored record, unchecked: the store checks each before it trusts it. */
  all: () => Promise<unknown[]>;
  put: (records: readonly { checksum: string }[]) => Promise<void>;
  remove: (checksums: readonly string[]) => Promise<void>;
}

/** IndexedDB through idb-keyval; the database is opened on first use, so a page that never asks opens nothing. */
export function indexedDbGradebook(): GradebookDatabase {
  let store: UseStore | null = null;
  const results = () => (store ??= createStore('sourcecheck-gradebook', 'results'));
  return {
    all: () => values(results()),
    put: (records) =>
      setMany(
        records.map((record) => [record.checksum, record]),
        results(),
      ),
    remove: (checksums) => delMany([...checksums], results()),
  };
}
