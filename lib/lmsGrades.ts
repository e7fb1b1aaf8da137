import './zodConfig';
import * as z from 'zod/mini';
import { toCsv } from './csv';
import type { AssignmentGroup } from './gradebook';
import type { Receipt } from './receipt';
import { looseName } from './roster';
import { percentage } from './scoring';

/** How the school's system knows a student the app knows by the name they typed. */
const LmsNameSchema = z.strictObject({
  name: z.string().check(z.maxLength(120)),
  id: z.string().check(z.maxLength(60)),
});
/** The teacher's name matching, by the app's name as loosely as rosters match it. */
export const LmsNamesSchema = z.record(z.string(), LmsNameSchema);
export type LmsNames = z.infer<typeof LmsNamesSchema>;

/** What was kept on the device, or nothing if it is not a name matching: a damaged value costs only the matching. */
export function readLmsNames(raw: string | null): LmsNames {
  if (raw === null) return {};
  try {
    const parsed = LmsNamesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export interface GradeStudent {
  key: string;
  /** The name as the student typed it (the latest result's spelling). */
  appName: string;
  section: string;
  /** The latest result for each assignment, by assignment id: a restart replaces the earlier attempt. */
  results: Map<string, Receipt>;
}

/** One entry a student across the assignments, in name order. */
export function gradeStudents(groups: readonly AssignmentGroup[]): GradeStudent[] {
  const students = new Map<string, GradeStudent>();
  for (const group of groups) {
    for (const receipt of group.receipts) {
      const key = looseName(receipt.name);
      const student = students.get(key) ?? { key, appName: receipt.name, section: '', results: new Map() };
      student.section ||= group.className ?? '';
      const earlier = student.results.get(group.assignment);
      if (!earlier || earlier.finishedAt < receipt.finishedAt) student.results.set(group.assignment, receipt);
      students.set(key, student);
    }
  }
  return [...students.values()].sort((a, b) => a.appName.localeCompare(b.appName));
}

const pointsPossible = (group: AssignmentGroup) => Math.max(...group.receipts.map((r) => r.questions.length));

/**
 * The shape Canvas's gradebook import reads: Student, ID, SIS User ID, SIS Login ID, Section, then one column an
 * assignment (a new column becomes a new assignment) with the points, after a "Points Possible" row. Canvas
 * matches students by ID, so the matching step's ID goes there.
 */
export function canvasGradesCsv(groups: readonly AssignmentGroup[], names: LmsNames): string {
  return toCsv([
    ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', ...groups.map((g) => g.title)],
    ['Points Possible', '', '', '', '', ...groups.map(pointsPossible)],
    ...gradeStudents(groups).map((s) => [
      names[s.key]?.name || s.appName,
      names[s.key]?.id ?? '',
      '',
      '',
      s.section,
      ...groups.map((g) => s.results.get(g.assignment)?.correct ?? ''),
    ]),
  ]);
}

/** For Google Sheets (and Classroom's grade import from one): a student a row, a percentage an assignment. */
export function sheetsGradesCsv(groups: readonly AssignmentGroup[], names: LmsNames): string {
  return toCsv([
    ['Student', 'Student ID', 'Class', ...groups.map((g) => `${g.title} (%)`)],
    ...gradeStudents(groups).map((s) => [
      names[s.key]?.name || s.appName,
      names[s.key]?.id ?? '',
      s.section,
      ...groups.map((g) => {
        const r = s.results.get(g.assignment);
        return r ? percentage({ correct: r.correct, total: r.questions.length }) : '';
      }),
    ]),
  ]);
}
