import './zodConfig';
import * as z from 'zod/mini';
import type { Assignment, Decoded } from './assignment';
import { plainText } from './plainText';
import { decodeToken, encodeToken, type TokenFailure, type TokenKind } from './token';

// An assignment's link, format 1: the settings and the bank's questions it carries. Its schema lives apart from
// lib/assignment.ts, so that the teacher's pages load zod only when they read or make a link.
export const ASSIGNMENT_VERSION = 1;
/** Longer than any link the builder makes; anything longer is refused unread. */
export const MAX_ASSIGNMENT_LENGTH = 6000;
/** Format 2 of the link carries the teacher's own questions (lib/ownAssignmentLink.ts). */
export const OWN_ASSIGNMENT_VERSION = 2;

/** One entry per quiz: the quiz id alone for all its questions, or "quiz:q1,q2" for some. */
const Selection = z.string().check(z.regex(/^[a-z0-9-]{1,64}(?::[a-z0-9-]{1,64}(?:,[a-z0-9-]{1,64})*)?$/));

export const AssignmentSchema = z.strictObject({
  version: z.literal(ASSIGNMENT_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9]{8}$/)),
  questions: z.array(Selection).check(z.minLength(1), z.maxLength(20)),
  draw: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
  shuffleQuestions: z.boolean(),
  shuffleChoices: z.boolean(),
  /** The "fewer choices" accommodation: one wrong choice out of each question of four or more (lib/fewerChoices.ts). */
  fewerChoices: z.optional(z.literal(true)),
  feedback: z.enum(['practice', 'assessment']),
  /** An assessment whose answers and quotes stay closed to its students, handed in or not, until its due date ends. */
  answersAfterDue: z.optional(z.literal(true)),
  // Links made before control characters were dropped are read with them as spaces, not refused.
  title: z.optional(z.string().check(z.overwrite(plainText), z.minLength(1), z.maxLength(100))),
  className: z.optional(z.string().check(z.overwrite(plainText), z.minLength(1), z.maxLength(60))),
  due: z.optional(z.iso.date()),
  teacherEmail: z.optional(z.email().check(z.maxLength(120))),
  /** Where finished results go by themselves, sealed to the teacher's public key (lib/sealedResult.ts). */
  dropBox: z.optional(
    z.strictObject({
      id: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
      key: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
    }),
  ),
  contentVersion: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
});

const ASSIGNMENT_TOKEN: TokenKind<Assignment> = {
  prefix: 'a',
  version: ASSIGNMENT_VERSION,
  maxLength: MAX_ASSIGNMENT_LENGTH,
  schema: AssignmentSchema,
};

/** The link's token of a bank-only assignment: format 1, the same link as before own questions existed. */
export function encodeAssignment(assignment: Assignment): string {
  if (assignment.ownQuestions)
    throw new TypeError('An assignment with its own questions is encoded by encodeAssignmentLink.');
  return encodeToken(ASSIGNMENT_TOKEN, assignment);
}

/** Whether a token is of format 2, which only decodeAssignmentLink reads. */
export function carriesOwnQuestions(token: string): boolean {
  return token.trim().startsWith(`a${OWN_ASSIGNMENT_VERSION}.`);
}

export const ASSIGNMENT_FAILURES: Record<TokenFailure['failure'], string> = {
  'too-long': 'The link is far too long to be an assignment.',
  'not-a-token': 'This is not an assignment link.',
  newer: 'This assignment was made with a newer version of SourceCheck. Reload the page to update.',
  damaged: 'The link is cut short or damaged. Ask your teacher to send it again.',
  invalid: 'The link does not describe a valid assignment.',
};

/** Everything that can go wrong with a link a student was sent gets a reason a student can read. */
export function decodeAssignment(token: string): Decoded<Assignment> {
  const read = decodeToken(ASSIGNMENT_TOKEN, token);
  return read.ok ? read : { ok: false, reason: ASSIGNMENT_FAILURES[read.failure] };
}
