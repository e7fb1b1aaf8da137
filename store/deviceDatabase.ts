import type { UseStore } from 'idb-keyval';

/**
 * What a teacher keeps on their device, one record a thing (a result keyed by its checksum, a drop box by its id),
 * so a change writes only what it adds and a gradebook of tens of thousands never has to be rewritten whole.
 * Every method rejects with the browser's own error when the device will not keep what it is asked to.
 */
export interface DeviceDatabase<T> {
  /** Every stored record, unchecked: the store checks each before it trusts it. */
  all: () => Promise<unknown[]>;
  put: (records: readonly T[]) => Promise<void>;
  remove: (keys: readonly string[]) => Promise<void>;
}

export type GradebookDatabase = DeviceDatabase<{ checksum: string }>;

type IdbKeyval = typeof import('idb-keyval');

/**
 * idb-keyval's store, opened here rather than by its createStore so that this tab lets go of the database when
 * a newer version of the app in another tab asks to upgrade it, instead of blocking that tab for good.
 */
function openStore({ promisifyRequest }: IdbKeyval, name: string, storeName: string): UseStore {
  const request = indexedDB.open(name);
  request.onupgradeneeded = () => request.result.createObjectStore(storeName);
  const database = promisifyRequest(request).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
  return (mode, callback) => database.then((db) => callback(db.transaction(storeName, mode).objectStore(storeName)));
}

/**
 * IndexedDB through idb-keyval, which loads with the database's first use, after the page has painted; the
 * database opens then too, so a page that never asks opens nothing.
 */
function indexedDbRecords<T>(name: string, storeName: string, keyOf: (record: T) => string): DeviceDatabase<T> {
  let opened: Promise<[IdbKeyval, UseStore]> | null = null;
  const records = () => (opened ??= import('idb-keyval').then((idb) => [idb, openStore(idb, name, storeName)]));
  return {
    all: async () => {
      const [idb, store] = await records();
      return idb.values(store);
    },
    put: async (added) => {
      const [idb, store] = await records();
      await idb.setMany(
        added.map((record) => [keyOf(record), record]),
        store,
      );
    },
    remove: async (keys) => {
      const [idb, store] = await records();
      await idb.delMany([...keys], store);
    },
  };
}

export function indexedDbGradebook(): GradebookDatabase {
  return indexedDbRecords('sourcecheck-gradebook', 'results', (result) => result.checksum);
}

/** The teacher's drop boxes with their private keys: a database of their own, which no result import touches. */
export function indexedDbDropBoxes<T extends { id: string }>(): DeviceDatabase<T> {
  return indexedDbRecords('sourcecheck-drop-boxes', 'boxes', (box) => box.id);
}

/** Every assignment the teacher built, by its id: the list they copy links from, duplicate and close. */
export function indexedDbAssignments<T extends { assignment: { id: string } }>(): DeviceDatabase<T> {
  return indexedDbRecords('sourcecheck-assignments', 'assignments', (kept) => kept.assignment.id);
}

/** Each class's roster, by the class's loose name: on this device only, never in a link. */
export function indexedDbRosters<T extends { className: string }>(
  keyOf: (className: string) => string,
): DeviceDatabase<T> {
  return indexedDbRecords('sourcecheck-rosters', 'rosters', (roster) => keyOf(roster.className));
}

/** One record: when the teacher last downloaded a backup, and which results are in a backup made or restored here. */
export function indexedDbBackupRecord<T>(): DeviceDatabase<T> {
  return indexedDbRecords('sourcecheck-backups', 'backups', () => 'backups');
}

/** The questions a teacher wrote, by id: on this device, until they go into an assignment's link. */
export function indexedDbTeacherQuestions<T extends { question: { id: string } }>(): DeviceDatabase<T> {
  return indexedDbRecords('sourcecheck-teacher-questions', 'questions', (record) => record.question.id);
}

/** The articles a teacher brought, each with the questions written on it, by the article's id. */
export function indexedDbTeacherArticles<T extends { article: { id: string } }>(): DeviceDatabase<T> {
  return indexedDbRecords('sourcecheck-teacher-articles', 'articles', (record) => record.article.id);
}
