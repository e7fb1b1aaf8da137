import { delMany, promisifyRequest, setMany, values, type UseStore } from 'idb-keyval';

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

const DATABASE = 'sourcecheck-gradebook';
const RESULTS = 'results';

/**
 * idb-keyval's store, opened here rather than by its createStore so that this tab lets go of the database when
 * a newer version of the app in another tab asks to upgrade it, instead of blocking that tab for good.
 */
function openResults(): UseStore {
  const request = indexedDB.open(DATABASE);
  request.onupgradeneeded = () => request.result.createObjectStore(RESULTS);
  const database = promisifyRequest(request).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
  return (mode, callback) => database.then((db) => callback(db.transaction(RESULTS, mode).objectStore(RESULTS)));
}

/** IndexedDB through idb-keyval; the database is opened on first use, so a page that never asks opens nothing. */
export function indexedDbGradebook(): GradebookDatabase {
  let store: UseStore | null = null;
  const results = () => (store ??= openResults());
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
