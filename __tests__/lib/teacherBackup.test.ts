import { progressFile } from '@/lib/progress/file';
import { EMPTY_PROGRESS } from '@/lib/progress/constants';
import { backupFile, backupFileName, readBackupFile, resultsInNoBackup } from '@/lib/teacherBackup';
import { backedUp, BACKED_UP_AT as NOW } from '../fixtures';

const reason = (text: string) => {
  const read = readBackupFile(text);
  return read.ok ? 'read' : read.reason;
};

describe('the teacher’s backup file', () => {
  it('holds everything and reads back exactly', () => {
    expect(readBackupFile(backupFile(backedUp, NOW))).toEqual({ ok: true, value: backedUp });
    expect(JSON.parse(backupFile(backedUp, NOW))).toMatchObject({
      app: 'sourcecheck',
      kind: 'teacher-backup',
      version: 1,
      exportedAt: '2026-12-01T12:00:00.000Z',
    });
    expect(backupFileName(NOW)).toBe('sourcecheck-teacher-backup-2026-12-01.json');
  });

  it('says a file cut short or damaged is not readable, and changes nothing', () => {
    const file = backupFile(backedUp, NOW);
    expect(reason(file.slice(0, file.length / 2))).toMatch(/not readable JSON/);
    expect(reason('')).toMatch(/not readable JSON/);
  });

  it('says a backup from a newer version needs the page updated', () => {
    const newer = { ...JSON.parse(backupFile(backedUp, NOW)), version: 2, somethingNew: [] };
    expect(reason(JSON.stringify(newer))).toMatch(/newer version of SourceCheck/);
  });

  it('tells a student’s progress file and other files from a backup', () => {
    expect(reason(progressFile(EMPTY_PROGRESS, NOW))).toMatch(/student’s progress file/);
    expect(reason('{"name":"package","version":"1.0.0"}')).toBe('This is not a SourceCheck backup.');
    expect(reason('[1,2,3]')).toBe('This is not a SourceCheck backup.');
    expect(reason(JSON.stringify({ app: 'sourcecheck', kind: 'gradebook', version: 1 }))).toBe(
      'This is not a SourceCheck backup.',
    );
  });

  it('refuses a backup whose contents are damaged, or a result whose score was changed by hand', () => {
    const file = JSON.parse(backupFile(backedUp, NOW));
    const edited = structuredClone(file);
    edited.results[0].correct = 0;
    expect(reason(JSON.stringify(edited))).toMatch(/damaged or were changed by hand/);
    const broken = structuredClone(file);
    broken.rosters[0].names = 'Ana';
    expect(reason(JSON.stringify(broken))).toMatch(/damaged/);
    const foreign = structuredClone(file);
    foreign.assignments[0].assignment.version = 7;
    expect(reason(JSON.stringify(foreign))).toMatch(/damaged/);
  });

  it('refuses a file far too large before reading it', () => {
    expect(reason(' '.repeat(100_000_001))).toMatch(/far too large/);
  });

  it('counts the results that are in no backup', () => {
    expect(resultsInNoBackup(backedUp.results, new Set())).toBe(1);
    expect(resultsInNoBackup(backedUp.results, new Set([backedUp.results[0]!.checksum]))).toBe(0);
  });
});
