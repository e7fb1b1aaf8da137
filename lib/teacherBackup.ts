import './zodConfig';
import * as z from 'zod/mini';
import type { Decoded } from './assignment';
import { readAppFile } from './appFile';
import { KeptAssignmentSchema, type KeptAssignment } from './keptAssignmentSchema';
import { makeReceipt, ReceiptSchema, type Receipt } from './receipt';
import { RosterSchema, type Roster } from './roster';
import { TeacherBoxSchema, type TeacherBox } from './teacherBox';

export const BACKUP_VERSION = 1;
/** Room for a district's 20,000 results at about 2 kB each, and far short of what would hang the page. */
const MAX_BACKUP_LENGTH = 100_000_000;

/** Everything a teacher has on their device, as a backup holds it. */
export interface TeacherData {
  assignments: KeptAssignment[];
  rosters: Roster[];
  results: Receipt[];
  /** The drop boxes' read tokens and private keys: whoever has the file can open the students' results. */
  dropBoxes: TeacherBox[];
}

/** A result is trusted only with its checksum: a backup edited by hand to change a score does not restore. */
const BackedUpResult = ReceiptSchema.check(
  // The result's own version field is the one makeReceipt sets, so it can stay in what is checked.
  z.refine(({ checksum, ...body }) => makeReceipt(body).checksum === checksum),
);

const BackupSchema = z.strictObject({
  app: z.literal('sourcecheck'),
  kind: z.literal('teacher-backup'),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  assignments: z.array(KeptAssignmentSchema),
  rosters: z.array(RosterSchema),
  results: z.array(BackedUpResult),
  dropBoxes: z.array(TeacherBoxSchema),
});

/** The backup file a teacher downloads: plain JSON, versioned, with what it is said inside it. */
export function backupFile(data: TeacherData, now: number): string {
  return JSON.stringify({
    app: 'sourcecheck',
    kind: 'teacher-backup',
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    assignments: data.assignments,
    rosters: data.rosters,
    results: data.results,
    dropBoxes: data.dropBoxes,
  });
}

export function backupFileName(now: number): string {
  return `sourcecheck-teacher-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Reads a backup without trusting it: every way it can be wrong has a reason a teacher can act on, and none changes anything. */
export function readBackupFile(text: string): Decoded<TeacherData> {
  const read = readAppFile(text, 'teacher-backup', { maxLength: MAX_BACKUP_LENGTH, version: BACKUP_VERSION });
  if (!read.ok) return read;
  const backup = BackupSchema.safeParse(read.value.json);
  if (!backup.success)
    return {
      ok: false,
      reason: 'The file looks like a SourceCheck backup but its contents are damaged or were changed by hand.',
    };
  const { assignments, rosters, results, dropBoxes } = backup.data;
  return { ok: true, value: { assignments, rosters, results, dropBoxes } };
}

/** Results this device holds that are in no backup it made or restored: what a lost device would lose. */
export function resultsInNoBackup(results: readonly Receipt[], backedUp: ReadonlySet<string>): number {
  return results.filter((r) => !backedUp.has(r.checksum)).length;
}
