import type { UseStore } from 'idb-keyval';

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

type IdbKeyval = typeof import('idb-keyval');

const DATABASE = 'sourcecheck-gradebook';
const RESULTS = 'results';

/**
 * idb-keyval's store, opened here rather than by its createStore so that this tab lets go of the database when
 * a newer version of the app in another tab asks to upgrade it, instead of blocking that tab for good.
 */
function openResults({ promisifyRequest }: IdbKeyval): UseStore {
  const request = indexedDB.open(DATABASE);
  request.onupgradeneeded = () => request.result.createObjectStore(RESULTS);
  const database = promisifyRequest(request).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
  return (mode, callback) => database.then((db) => callback(db.transaction(RESULTS, mode).objectStore(RESULTS)));
}

/**
 * IndexedDB through idb-keyval, which loads with the database's first use, after the page has painted; the
 * database opens then too, so a page that never asks opens nothing.
 */
export function indexedDbGradebook(): GradebookDatabase {
  let opened: Promise<[IdbKeyval, UseStore]> | null = null;
  const results = () => (opened ??= import('idb-keyval').then((idb) => [idb, openResults(idb)]));
  return {
    all: async () => {
      const [idb, store] = await results();
      return idb.values(store);
    },
    put: async (records) => {
      const [idb, store] = await results();
      await idb.setMany(
        records.map((record) => [record.checksum, record]),
        store,
      );
    },
    remove: async (checksums) => {
      const [idb, store] = await results();
      await idb.delMany([...checksums], store);
    },
  };
}
