import { assignmentPool, type Assignment } from './assignment';
import { ownQuizzes } from './ownQuizzes';
import type { AssignmentForm } from './buildAssignment';
import type { Quiz } from './content/schema';
import type { KeptAssignment } from './keptAssignmentSchema';

/** Newest first, so the assignment a teacher just made is at the top of the list. */
export function newestFirst(kept: readonly KeptAssignment[]): KeptAssignment[] {
  return [...kept].sort((a, b) => b.createdAt - a.createdAt || a.assignment.id.localeCompare(b.assignment.id));
}

/**
 * The same assignment kept twice (two devices' backups) made one: the earliest making, and closed if either copy
 * was closed, so merging never reopens what the teacher closed.
 */
export function mergeKept(a: KeptAssignment, b: KeptAssignment): KeptAssignment {
  const closed = [a.closedAt, b.closedAt].filter((t) => t !== undefined);
  return {
    assignment: a.createdAt <= b.createdAt ? a.assignment : b.assignment,
    createdAt: Math.min(a.createdAt, b.createdAt),
    ...(closed.length > 0 ? { closedAt: Math.min(...closed) } : {}),
  };
}

/**
 * The builder's form filled in from an assignment, for the same questions and settings for another class: the class
 * is left empty for the teacher to name, and a drop box is asked for again, since a box belongs to one assignment.
 */
export function formFromAssignment(assignment: Assignment, quizzes: readonly Quiz[]): AssignmentForm | null {
  const pool = assignmentPool(assignment, [...quizzes, ...ownQuizzes(assignment)]);
  if (!pool.ok) return null;
  return {
    selected: new Set(pool.value),
    draw: assignment.draw ?? null,
    shuffleQuestions: assignment.shuffleQuestions,
    shuffleChoices: assignment.shuffleChoices,
    feedback: assignment.feedback,
    answersAfterDue: assignment.answersAfterDue === true,
    title: assignment.title ?? '',
    className: '',
    due: assignment.due ?? '',
    teacherEmail: assignment.teacherEmail ?? '',
    dropBox: assignment.dropBox !== undefined,
  };
}
