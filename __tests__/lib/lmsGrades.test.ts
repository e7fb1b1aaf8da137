import { groupByAssignment } from '@/lib/gradebook';
import { canvasGradesCsv, readLmsNames, sheetsGradesCsv } from '@/lib/lmsGrades';
import { makeReceipt, type ReceiptInput } from '@/lib/receipt';

const base: ReceiptInput = {
  assignment: 'k3x9mp2a',
  title: 'Warm-up',
  className: 'Civics 3',
  name: 'Ana',
  questions: ['china-and-iran/one', 'china-and-iran/two'],
  answers: [['considered'], ['never']],
  correct: 1,
  startedAt: 0,
  finishedAt: 180_000,
  contentVersion: 'deadbeef',
};
const groups = groupByAssignment([
  makeReceipt(base),
  // A restart: the later attempt is the one that counts.
  makeReceipt({ ...base, correct: 2, answers: [['considered'], ['considered']], finishedAt: 400_000 }),
  makeReceipt({ ...base, name: '=HYPERLINK("x")', correct: 0 }),
  makeReceipt({ ...base, assignment: 'zz9x8y7w', title: 'Exit ticket', name: 'ana ', correct: 1, questions: ['a/b'] }),
]);
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('grades for a learning management system', () => {
  it('writes the Canvas gradebook import: a points-possible row, one column an assignment, the latest attempt', () => {
    const csv = rows(canvasGradesCsv(groups, { ana: { name: 'García, Ana', id: '1042' } }));
    expect(csv[0]).toBe('Student,ID,SIS User ID,SIS Login ID,Section,Warm-up,Exit ticket');
    expect(csv[1]).toBe('Points Possible,,,,,2,1');
    expect(csv).toContain('"García, Ana",1042,,,Civics 3,2,1');
  });

  it('neutralises a formula in a name, whether typed by the student or in the matching', () => {
    const csv = rows(canvasGradesCsv(groups, { other: { name: '+SUM(1)', id: '@x' } }));
    expect(csv).toContain(`"'=HYPERLINK(""x"")",,,,Civics 3,0,`);
    const mapped = rows(sheetsGradesCsv(groups, { ana: { name: '+SUM(1)', id: '@x' } }));
    expect(mapped).toContain("'+SUM(1),'@x,Civics 3,100,100");
  });

  it('writes percentages for Google Sheets, empty where a student has no result', () => {
    const csv = rows(sheetsGradesCsv(groups, {}));
    expect(csv[0]).toBe('Student,Student ID,Class,Warm-up (%),Exit ticket (%)');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",,Civics 3,0,`);
  });

  it('reads back a kept matching, and starts afresh from one that is damaged or foreign', () => {
    expect(readLmsNames(JSON.stringify({ ana: { name: 'A', id: '1' } }))).toEqual({ ana: { name: 'A', id: '1' } });
    expect(readLmsNames('{"ana": {"name": 3}}')).toEqual({});
    expect(readLmsNames('not json')).toEqual({});
    expect(readLmsNames(null)).toEqual({});
  });
});
