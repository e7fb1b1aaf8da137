import './zodConfig';
import * as z from 'zod/mini';
import {
  contentVersion,
  MAX_LINKED_ARTICLES,
  MAX_OWN_QUESTIONS,
  newAssignmentId,
  selectionsFor,
  type Assignment,
} from './assignment';
import { OWN_QUIZ_ID, ownQuizzes } from './ownQuizzes';
import { questionLookup, questionRef, quizRefs, type QuestionRef } from './content/refs';
import type { Article } from './content/article';
import type { Quiz } from './content/schema';
import { plainText } from './plainText';

export interface AssignmentForm {
  selected: ReadonlySet<QuestionRef>;
  draw: number | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  feedback: Assignment['feedback'];
  /** An assessment's answers stay closed to students until its due date is over. */
  answersAfterDue: boolean;
  title: string;
  className: string;
  due: string;
  teacherEmail: string;
  /** Results come back by themselves, through a drop box on the app's own server. */
  dropBox: boolean;
}

export type BuildResult =
  { ok: true; assignment: Assignment } | { ok: false; errors: Partial<Record<keyof AssignmentForm, string>> };

/**
 * Turns what a teacher filled in into an assignment, or says, field by field, what to fix. The teacher's own
 * questions come as one more quiz, under OWN_QUIZ_ID; the chosen ones travel in the assignment itself.
 */
export function buildAssignment(
  form: AssignmentForm,
  quizzes: readonly Quiz[],
  articles: readonly Article[] = [],
  random?: () => number,
): BuildResult {
  const own = (quizzes.find((quiz) => quiz.id === OWN_QUIZ_ID)?.questions ?? []).filter((question) =>
    form.selected.has(questionRef(OWN_QUIZ_ID, question.id)),
  );
  const ownQuestions = own.length > 0 ? own : undefined;
  // The bank's quizzes first and the teacher's after, in the order the student's page reads the link.
  const carried = [...quizzes.filter((quiz) => quiz.id !== OWN_QUIZ_ID), ...ownQuizzes({ ownQuestions })];
  const pool = carried.flatMap(quizRefs).filter((ref) => form.selected.has(ref));
  const errors: Partial<Record<keyof AssignmentForm, string>> = {};
  if (pool.length === 0) errors.selected = 'Choose at least one question.';
  if (own.length > MAX_OWN_QUESTIONS) errors.selected = `Choose at most ${MAX_OWN_QUESTIONS} of your own questions.`;
  const quoted = articles.filter((article) => own.some((question) => question.quote.sourceId === article.id));
  if (quoted.length > MAX_LINKED_ARTICLES) {
    errors.selected = 'Choose questions on one of your articles at most: a link carries one article.';
  }
  if (form.draw !== null && (!Number.isInteger(form.draw) || form.draw < 1 || form.draw > pool.length)) {
    errors.draw = `Draw a whole number of questions from 1 to ${Math.max(pool.length, 1)}.`;
  }
  if (form.title.trim().length > 100) errors.title = 'Keep the title under 100 characters.';
  if (form.className.trim().length > 60) errors.className = 'Keep the class name under 60 characters.';
  if (form.due && !z.iso.date().safeParse(form.due).success) errors.due = 'Enter a date.';
  const answersAfterDue = form.feedback === 'assessment' && form.answersAfterDue;
  if (answersAfterDue && !form.due) errors.due = 'Give the due date after which students see the answers.';
  if (form.teacherEmail.trim() && !z.email().safeParse(form.teacherEmail.trim()).success) {
    errors.teacherEmail = 'Enter an email address like name@school.org, or leave it empty.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const optional = <T>(value: T | '' | null) => (value === '' || value === null ? undefined : value);
  const assignment: Assignment = {
    version: 1,
    id: newAssignmentId(random),
    questions: selectionsFor(pool, carried),
    draw: optional(form.draw !== null && form.draw < pool.length ? form.draw : null),
    shuffleQuestions: form.shuffleQuestions,
    shuffleChoices: form.shuffleChoices,
    feedback: form.feedback,
    answersAfterDue: answersAfterDue || undefined,
    title: optional(plainText(form.title)),
    className: optional(plainText(form.className)),
    due: optional(form.due),
    teacherEmail: optional(form.teacherEmail.trim()),
    contentVersion: contentVersion(pool, questionLookup(carried)),
    ownQuestions,
    articles: quoted.length > 0 ? quoted : undefined,
  };
  return { ok: true, assignment: JSON.parse(JSON.stringify(assignment)) as Assignment };
}
