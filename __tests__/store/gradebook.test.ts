import { IDBFactory } from 'fake-indexeddb';
import { makeReceipt, type Receipt, type ReceiptInput } from '@/lib/receipt';
import { createGradebookStore, LEGACY_GRADEBOOK_KEY } from '@/store/gradebook';
import { indexedDbGradebook, type GradebookDatabase } from '@/store/deviceDatabase';
import { memoryStorage } from '@/scripts/memoryStorage';

const base: ReceiptInput = {
  assignment: 'k3x9mp2a',
  title: 'Warm-up',
  name: 'Ana',
  questions: ['china-and-iran/one'],
  answers: [['considered']],
  correct: 1,
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_300_000,
  contentVersion: 'deadbeef',
};
const student = (name: string, change: Partial<ReceiptInput> = {}) => makeReceipt({ ...base, name, ...change });

/** The gradebook as version 1 kept it, in localStorage. */
const legacyValue = (receipts: unknown[]) => JSON.stringify({ state: { receipts }, version: 1 });

async function openGradebook(options: { database?: GradebookDatabase; legacy?: Storage } = {}) {
  const legacy = options.legacy ?? memoryStorage();
  const store = createGradebookStore({
    database: options.database ?? indexedDbGradebook(),
    legacy: () => legacy,
  });
  await store.getState().actions.load();
  return store;
}

/** A database whose writes fail the way a full device's do; reads still work. */
function fullDatabase(database = indexedDbGradebook()): GradebookDatabase {
  return {
    ...database,
    put: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
  };
}

beforeEach(() => {
  // A fresh IndexedDB for each test, as a new browser profile has.
  globalThis.indexedDB = new IDBFactory();
});

const names = (receipts: readonly Receipt[]) => receipts.map((r) => r.name).sort();

describe('the gradebook on the device', () => {
  it('keeps imported results across a reload, and says "imported" only once they are saved', async () => {
    const first = await openGradebook();
    await first.getState().actions.importResults([student('Ana'), student('Ben'), student('Ana')]);
    expect(first.getState().lastImport?.map((line) => line.status)).toEqual(['imported', 'imported', 'duplicate']);

    const second = await openGradebook();
    expect(names(second.getState().receipts)).toEqual(['Ana', 'Ben']);
    expect(second.getState().saved).toEqual({ saved: true });
  });

  it('moves the gradebook an older version kept in localStorage, without losing or doubling a result', async () => {
    const legacy = memoryStorage({ [LEGACY_GRADEBOOK_KEY]: legacyValue([student('Ana'), student('Ben')]) });
    const store = await openGradebook({ legacy });
    expect(names(store.getState().receipts)).toEqual(['Ana', 'Ben']);
    expect(legacy.getItem(LEGACY_GRADEBOOK_KEY)).toBeNull();
    expect(store.getState().loadProblems).toEqual([]);

    const again = await openGradebook({ legacy });
    expect(names(again.getState().receipts)).toEqual(['Ana', 'Ben']);
  });

  it('mends what older rules let in, and leaves an old gradebook it cannot wholly move where it is, naming who', async () => {
    const tabbed = { ...student('Ana'), name: 'Ana\tLee' };
    const forged = { ...student('Forged'), finishedAt: 9e15 };
    const value = legacyValue([tabbed, forged, student('Ben')]);
    const legacy = memoryStorage({ [LEGACY_GRADEBOOK_KEY]: value });
    const store = await openGradebook({ legacy });
    expect(names(store.getState().receipts)).toEqual(['Ana Lee', 'Ben']);
    expect(legacy.getItem(LEGACY_GRADEBOOK_KEY)).toBe(value);
    expect(store.getState().loadProblems).toEqual([
      `1 result saved by an older version failed SourceCheck’s checks and is not shown: “\u2068Forged\u2069”. Nothing was deleted. They stay in this browser’s storage under “${LEGACY_GRADEBOOK_KEY}”.`,
    ]);
    // Moving it again on the next visit doubles nothing.
    expect(names((await openGradebook({ legacy })).getState().receipts)).toEqual(['Ana Lee', 'Ben']);
  });

  it('shows results the full device would not keep, calls them not saved, and leaves the old gradebook in place', async () => {
    const legacy = memoryStorage({ [LEGACY_GRADEBOOK_KEY]: legacyValue([student('Ana')]) });
    const store = await openGradebook({ database: fullDatabase(), legacy });
    expect(names(store.getState().receipts)).toEqual(['Ana']);
    expect(legacy.getItem(LEGACY_GRADEBOOK_KEY)).not.toBeNull();

    await store.getState().actions.importResults([student('Ben')]);
    expect(store.getState().saved).toEqual({ saved: false, failure: 'full' });
    expect(store.getState().lastImport).toEqual([
      { position: 1, status: 'unsaved', detail: '\u2068Ben\u2069: 1 of 1, shown for now but not saved on this device' },
    ]);
    expect(names(store.getState().receipts)).toEqual(['Ana', 'Ben']);
  });

  it('opens, in memory, where the browser blocks IndexedDB, instead of never letting the teacher import', async () => {
    const blocked: GradebookDatabase = {
      all: () => Promise.reject(new DOMException('The user denied permission.', 'SecurityError')),
      put: () => Promise.reject(new DOMException('The user denied permission.', 'SecurityError')),
      remove: () => Promise.reject(new DOMException('The user denied permission.', 'SecurityError')),
    };
    const store = await openGradebook({ database: blocked });
    expect(store.getState().loaded).toBe(true);
    expect(store.getState().saved).toEqual({ saved: false, failure: 'blocked' });
    await store.getState().actions.importResults([student('Ana')]);
    expect(store.getState().lastImport?.[0]?.status).toBe('unsaved');
  });

  it('sets aside a stored result that fails the checks, showing the rest and deleting none', async () => {
    const database = indexedDbGradebook();
    await database.put([student('Ana'), { ...student('Forged'), finishedAt: 9e15 }]);
    const store = await openGradebook({ database });
    expect(names(store.getState().receipts)).toEqual(['Ana']);
    expect(store.getState().loadProblems).toEqual([
      '1 result saved on this device failed SourceCheck’s checks and is not shown: “\u2068Forged\u2069”. Nothing was deleted.',
    ]);
    expect(await database.all()).toHaveLength(2);
  });

  it('deletes a result from the device only, and keeps it on the page when the device refuses', async () => {
    const store = await openGradebook();
    await store.getState().actions.importResults([student('Ana'), student('Ben')]);
    await store.getState().actions.deleteReceipt(student('Ana').checksum);
    expect(names((await openGradebook()).getState().receipts)).toEqual(['Ben']);

    const refusing = await openGradebook({
      database: { ...indexedDbGradebook(), remove: () => Promise.reject(new Error('no')) },
    });
    await refusing.getState().actions.deleteAssignment(base.assignment);
    expect(names(refusing.getState().receipts)).toEqual(['Ben']);
    expect(refusing.getState().deleteProblem).toBe(
      'That assignment’s results could not be deleted from this device, so it is still here. Try again, or reload the page.',
    );
    expect(refusing.getState().saved).toEqual({ saved: true });
  });

  it('keeps 20,000 results', async () => {
    const store = await openGradebook();
    const many = Array.from({ length: 20_000 }, (_, i) => student(`Student ${i}`));
    await store.getState().actions.importResults(many);
    expect((await openGradebook()).getState().receipts).toHaveLength(20_000);
  }, 60_000);
});

describe('results the device would not keep', () => {
  it('are saved when imported again once there is room, not called "already here"', async () => {
    const database = indexedDbGradebook();
    let full = true;
    const store = await openGradebook({
      database: { ...database, put: (records) => (full ? fullDatabase(database).put(records) : database.put(records)) },
    });
    await store.getState().actions.importResults([student('Ana')]);
    expect(store.getState().unsaved).toEqual([student('Ana').checksum]);

    full = false;
    await store.getState().actions.importResults([student('Ana')]);
    expect(store.getState().lastImport?.map((line) => line.status)).toEqual(['imported']);
    expect(store.getState().unsaved).toEqual([]);
    expect(names(store.getState().receipts)).toEqual(['Ana']);
    expect(names((await openGradebook()).getState().receipts)).toEqual(['Ana']);
  });
});

describe('a gradebook under strain', () => {
  it('adds a result once when two imports of it overlap', async () => {
    const store = await openGradebook();
    await Promise.all([
      store.getState().actions.importResults([student('Ana')]),
      store.getState().actions.importResults([student('Ana')]),
    ]);
    expect(names(store.getState().receipts)).toEqual(['Ana']);
    expect(store.getState().lastImport?.map((line) => line.status)).toEqual(['duplicate']);
  });

  it('saves what was shown but not saved when the teacher asks again, and says so', async () => {
    const database = indexedDbGradebook();
    let full = true;
    const store = await openGradebook({
      database: { ...database, put: (records) => (full ? fullDatabase(database).put(records) : database.put(records)) },
    });
    await store.getState().actions.importResults([student('Ana'), student('Ben')]);
    full = false;
    await store.getState().actions.saveUnsaved();
    expect(store.getState()).toMatchObject({ unsaved: [], saved: { saved: true } });
    expect(names((await openGradebook()).getState().receipts)).toEqual(['Ana', 'Ben']);
  });

  it('opens in memory, saying another tab holds the database, when the database never answers', async () => {
    const silent: GradebookDatabase = {
      all: () => new Promise(() => {}),
      put: () => new Promise(() => {}),
      remove: () => new Promise(() => {}),
    };
    const store = createGradebookStore({ database: silent, legacy: () => memoryStorage(), patience: 20 });
    await store.getState().actions.load();
    expect(store.getState()).toMatchObject({ loaded: true, saved: { saved: false, failure: 'busy' } });
  });
});

describe('a large import on a device that fills up part way', () => {
  it('says exactly which results were saved and which were not, and a reload shows just those saved', async () => {
    const database = indexedDbGradebook();
    let writes = 0;
    // The first two writes are kept; the device is full from the third on.
    const fillsUp: GradebookDatabase = {
      ...database,
      put: (records) => (++writes <= 2 ? database.put(records) : fullDatabase(database).put(records)),
    };
    const store = await openGradebook({ database: fillsUp });
    const many = Array.from({ length: 1_200 }, (_, i) => student(`Student ${i + 1}`));
    const report = await store.getState().actions.importResults(many);

    const saved = report.filter((line) => line.status === 'imported');
    const unsaved = report.filter((line) => line.status === 'unsaved');
    expect(writes).toBe(3);
    expect(saved.length + unsaved.length).toBe(1_200);
    expect(saved.length).toBeGreaterThan(0);
    expect(unsaved.length).toBeGreaterThan(0);
    expect(unsaved[0]?.detail).toMatch(/, shown for now but not saved on this device$/);
    expect(store.getState().receipts).toHaveLength(1_200);
    expect(store.getState().saved).toMatchObject({ saved: false });
    const reloaded = (await openGradebook()).getState().receipts.map((r) => r.name);
    expect(reloaded.sort()).toEqual(saved.map((line) => many[line.position - 1]?.name).sort());
    expect(store.getState().unsaved.sort()).toEqual(
      many
        .filter((r) => !reloaded.includes(r.name))
        .map((r) => r.checksum)
        .sort(),
    );

    // Imported again once there is room, the saved ones are already here and the rest are saved now.
    writes = -100;
    const again = await store.getState().actions.importResults(many);
    expect(again.filter((line) => line.status === 'duplicate')).toHaveLength(saved.length);
    expect(again.filter((line) => line.status === 'imported')).toHaveLength(unsaved.length);
    expect((await openGradebook()).getState().receipts).toHaveLength(1_200);
  }, 30_000);
});
