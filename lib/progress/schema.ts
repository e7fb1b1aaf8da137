import '../zodConfig';
import * as z from 'zod/mini';

/** The shape of what a device keeps. Stored values are parsed with it before they are trusted. */
export const AnswerRecordSchema = z.object({
  choiceIds: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(16)),
  correct: z.boolean(),
  /** When an assessment's answer was last changed: of two tabs' answers to one question, the later is kept. */
  changedAt: z.optional(z.number()),
});

const AttemptFields = {
  /** `missed` attempts replay only what a student got wrong; they do not count toward the best score. */
  kind: z.enum(['full', 'missed']),
  /** Question ids for self-study; "quiz-id/question-id" refs for an assignment, which may span quizzes. */
  questionIds: z.array(z.string().check(z.maxLength(130))).check(z.maxLength(500)),
  answers: z.record(z.string().check(z.maxLength(130)), AnswerRecordSchema),
  startedAt: z.number(),
  /** An assessment whose teacher opens the answers after the due date: none are shown here before this time. */
  answersFrom: z.optional(z.number()),
};

export const AttemptSchema = z.object({
  ...AttemptFields,
  position: z.int().check(z.minimum(0)),
  /** An assignment's assessment: answers can change until it is handed in, and reach no self-study before then. */
  assessment: z.optional(z.literal(true)),
});
export const FinishedAttemptSchema = z.object({ ...AttemptFields, finishedAt: z.number() });

export const QuizProgressSchema = z.object({
  current: z.nullable(AttemptSchema),
  finished: z.array(FinishedAttemptSchema),
  /** An assignment started again on this device: its result says how often. */
  restarts: z.optional(z.int().check(z.minimum(0))),
  /** The names this student used for the assignment on this device before this one, oldest first. */
  renamedFrom: z.optional(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(5))),
});

export const ProgressSchema = z.object({
  quizzes: z.record(z.string().check(z.maxLength(64)), QuizProgressSchema),
  /** Keyed by assignment id and student name: two students sharing a device each keep their own attempt. */
  assignments: z.record(z.string().check(z.maxLength(140)), QuizProgressSchema),
  /** The display name a student gives for assignments, kept on the device only. */
  studentName: z.string().check(z.maxLength(60)),
  /** Every question missed anywhere, keyed by "quiz-id/question-id", scheduled for review. */
  review: z.record(
    z.string().check(z.maxLength(130)),
    z.object({ box: z.int().check(z.minimum(1), z.maximum(5)), due: z.number(), updatedAt: z.number() }),
  ),
  /** Local calendar days (YYYY-MM-DD) with at least one answer: the practice streak is counted from them. */
  activeDays: z.array(z.iso.date()).check(z.maxLength(5000)),
});

export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;
export type Attempt = z.infer<typeof AttemptSchema>;
export type FinishedAttempt = z.infer<typeof FinishedAttemptSchema>;
export type QuizProgress = z.infer<typeof QuizProgressSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
