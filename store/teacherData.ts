import type { TeacherData } from '@/lib/teacherBackup';
import { assignmentsStore } from './assignments';
import { backupsStore } from './backups';
import { dropBoxStore } from './dropBoxes';
import { gradebookStore } from './gradebook';
import { rostersStore } from './rosters';

/** The stores a backup is made of; the app's own, or a test's. */
export interface TeacherStores {
  assignments: typeof assignmentsStore;
  rosters: typeof rostersStore;
  gradebook: typeof gradebookStore;
  dropBoxes: typeof dropBoxStore;
  backups: typeof backupsStore;
}

const appStores: TeacherStores = {
  assignments: assignmentsStore,
  rosters: rostersStore,
  gradebook: gradebookStore,
  dropBoxes: dropBoxStore,
  backups: backupsStore,
};

async function loaded(stores: TeacherStores) {
  await Promise.all([
    stores.assignments.getState().actions.load(),
    stores.rosters.getState().actions.load(),
    stores.gradebook.getState().actions.load(),
    stores.dropBoxes.getState().actions.load(),
    stores.backups.getState().actions.load(),
  ]);
}

/** Everything the teacher has on this device, for a backup. */
export async function teacherData(stores: TeacherStores = appStores): Promise<TeacherData> {
  await loaded(stores);
  return {
    assignments: stores.assignments.getState().kept,
    rosters: Object.values(stores.rosters.getState().rosters),
    results: stores.gradebook.getState().receipts,
    dropBoxes: stores.dropBoxes.getState().boxes,
  };
}

export interface Restored {
  results: { added: number; alreadyHere: number; notSaved: number };
  assignments: number;
  rosters: number;
  dropBoxes: number;
  /** What the device would not keep, in words; empty when it kept everything. */
  problems: string[];
}

/**
 * Merges a backup into what is here, losing nothing on either side: results by checksum, assignments and drop
 * boxes by id, rosters by class. Each kind is written on its own, so one the device refuses is named and the rest
 * are still kept.
 */
export async function restoreTeacherData(backup: TeacherData, stores: TeacherStores = appStores): Promise<Restored> {
  await loaded(stores);
  const problems: string[] = [];
  const attempt = async (what: string, work: () => Promise<unknown>) =>
    work().catch(() => problems.push(`This browser would not keep the backup’s ${what}.`));

  const lines = await stores.gradebook.getState().actions.importResults(backup.results);
  const count = (status: string) => lines.filter((line) => line.status === status).length;
  const notSaved = count('unsaved');
  if (notSaved > 0) problems.push(`${notSaved} of the backup’s results are shown but not saved on this device.`);
  else
    await attempt('record of what is backed up', () =>
      stores.backups.getState().actions.restored(backup.results.map((r) => r.checksum)),
    );

  const knownBoxes = new Set(stores.dropBoxes.getState().boxes.map((b) => b.id));
  const newBoxes = backup.dropBoxes.filter((b) => !knownBoxes.has(b.id));
  const knownAssignments = new Set(stores.assignments.getState().kept.map((k) => k.assignment.id));
  const knownRosters = Object.keys(stores.rosters.getState().rosters).length;
  await attempt('assignments', () => stores.assignments.getState().actions.mergeIn(backup.assignments));
  await attempt('rosters', () => stores.rosters.getState().actions.mergeIn(backup.rosters));
  await attempt('drop box keys', async () => {
    for (const box of newBoxes) await stores.dropBoxes.getState().actions.add(box);
  });
  return {
    results: { added: count('imported'), alreadyHere: count('duplicate'), notSaved },
    assignments: backup.assignments.filter((k) => !knownAssignments.has(k.assignment.id)).length,
    rosters: Object.keys(stores.rosters.getState().rosters).length - knownRosters,
    dropBoxes: newBoxes.length,
    problems,
  };
}

/** Downloads are made here; once the file is handed to the browser, the results in it are counted as backed up. */
export async function recordBackup(data: TeacherData, stores: TeacherStores = appStores): Promise<void> {
  await stores.backups.getState().actions.made(data.results.map((r) => r.checksum));
}
