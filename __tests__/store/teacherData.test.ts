import { IDBFactory } from 'fake-indexeddb';
import { rosterKey } from '@/lib/roster';
import { backupFile, readBackupFile } from '@/lib/teacherBackup';
import { createAssignmentsStore } from '@/store/assignments';
import { createBackupsStore } from '@/store/backups';
import { createDropBoxStore } from '@/store/dropBoxes';
import { createGradebookStore } from '@/store/gradebook';
import { createRostersStore } from '@/store/rosters';
import { recordBackup, restoreTeacherData, teacherData, type TeacherStores } from '@/store/teacherData';
import { memoryStorage } from '@/scripts/memoryStorage';
import { backedUp } from '../fixtures';

/** The stores a page would have, on whatever IndexedDB the test has set up. */
function openStores(): TeacherStores {
  return {
    assignments: createAssignmentsStore(),
    rosters: createRostersStore(),
    gradebook: createGradebookStore({ legacy: () => memoryStorage() }),
    dropBoxes: createDropBoxStore(),
    backups: createBackupsStore(),
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('backing up and restoring everything a teacher has', () => {
  it('restores into a browser whose storage was cleared, and finds everything after a reload', async () => {
    const read = readBackupFile(backupFile(backedUp, 1));
    if (!read.ok) throw new Error(read.reason);
    const restored = await restoreTeacherData(read.value, openStores());
    expect(restored).toEqual({
      results: { added: 1, alreadyHere: 0, notSaved: 0 },
      assignments: 1,
      rosters: 1,
      dropBoxes: 1,
      problems: [],
    });
    const reloaded = openStores();
    expect(await teacherData(reloaded)).toEqual(backedUp);
    expect(reloaded.backups.getState().record.results).toEqual([backedUp.results[0]!.checksum]);
  });

  it('merges a backup with what is here without losing either, and restoring twice adds nothing', async () => {
    const stores = openStores();
    await stores.rosters.getState().actions.load();
    await stores.rosters.getState().actions.setNames('civics 3', ['Chen Wei'], 0);
    await restoreTeacherData(backedUp, stores);
    const again = await restoreTeacherData(backedUp, stores);
    expect(again).toMatchObject({ results: { added: 0, alreadyHere: 1 }, assignments: 0, rosters: 0, dropBoxes: 0 });
    const roster = openStores().rosters;
    await roster.getState().actions.load();
    expect(roster.getState().rosters[rosterKey('Civics 3')]?.names).toEqual(['Ana Lopez', 'Ben Okafor', 'Chen Wei']);
  });

  it('remembers when a backup was made and which results are in it', async () => {
    const stores = openStores();
    const data = await teacherData(stores);
    await recordBackup({ ...data, results: backedUp.results }, stores);
    const reloaded = openStores().backups;
    await reloaded.getState().actions.load();
    expect(reloaded.getState().record.madeAt).toEqual(expect.any(Number));
    expect(reloaded.getState().record.results).toEqual([backedUp.results[0]!.checksum]);
  });
});
