import './zodConfig';
import * as z from 'zod/mini';
import { MAX_LINKED_ARTICLES, MAX_OWN_QUESTIONS, type Assignment, type Decoded } from './assignment';
import {
  ASSIGNMENT_FAILURES,
  AssignmentSchema,
  decodeAssignment,
  carriesOwnQuestions,
  encodeAssignment,
  OWN_ASSIGNMENT_VERSION,
} from './assignmentLink';
import { ARTICLE_ID, type Article } from './content/article';
import type { Question } from './content/schema';
import { decodeCompressedToken, encodeCompressedToken, type CompressedTokenKind } from './compressedToken';

/**
 * Format 2 of the link ("a2.") is format 1's assignment with the teacher's own questions beside it, its JSON deflated
 * (raw DEFLATE) and in base64url; an article of the teacher's own that they quote travels with them (`articles`). Its bounds: a link longer than any the builder makes of 30 long questions is
 * refused unread, and none inflates past 256 KB.
 */
export const MAX_OWN_ASSIGNMENT_LENGTH = 60000;
export const MAX_OWN_ASSIGNMENT_JSON = 256 * 1024;

/**
 * A teacher's question as a link or the device carries it: its shape only, checked here without the bank's schema
 * (zod's full build), which loads only where such a question is opened (lib/ownQuestionCheck.ts) and holds it to
 * every rule a bank question keeps: the quote verbatim in its paragraph, its speaker, its key among its choices.
 */
const OwnQuestionShape = z.looseObject({
  id: z.string().check(z.regex(/^mine-[a-z0-9]{8}$/)),
  type: z.string(),
  prompt: z.string(),
  choices: z.array(z.looseObject({ id: z.string(), text: z.string() })).check(z.maxLength(8)),
  answer: z.array(z.string()).check(z.maxLength(8)),
  explanation: z.string(),
  quote: z.looseObject({ text: z.string(), sourceId: z.string(), speaker: z.string(), paragraph: z.int() }),
  claims: z.array(z.string()),
}) as unknown as z.ZodMiniType<Question>;

/** A teacher's article as a link carries it: its id here, every rule of ArticleSchema where it is opened. */
const ArticleShape = z.looseObject({ id: z.string().check(z.regex(ARTICLE_ID)) }) as unknown as z.ZodMiniType<Article>;
const Articles = z.optional(z.array(ArticleShape).check(z.minLength(1), z.maxLength(MAX_LINKED_ARTICLES)));

/** An assignment as the device keeps it: format 1's settings, and the teacher's own questions when it has some. */
export const AssignmentWithOwnSchema = z.extend(AssignmentSchema, {
  ownQuestions: z.optional(z.array(OwnQuestionShape).check(z.minLength(1), z.maxLength(MAX_OWN_QUESTIONS))),
  articles: Articles,
}) as z.ZodMiniType<Assignment>;

const OWN_ASSIGNMENT_TOKEN: CompressedTokenKind<Assignment> = {
  prefix: 'a',
  version: OWN_ASSIGNMENT_VERSION,
  maxLength: MAX_OWN_ASSIGNMENT_LENGTH,
  maxInflated: MAX_OWN_ASSIGNMENT_JSON,
  // A link of format 2 always has questions of the teacher's own: one without is written in format 1.
  schema: z.extend(AssignmentSchema, {
    ownQuestions: z.array(OwnQuestionShape).check(z.minLength(1), z.maxLength(MAX_OWN_QUESTIONS)),
    articles: Articles,
  }) as z.ZodMiniType<Assignment>,
};

/** The link's token of any assignment: format 1 for the bank's questions alone, format 2 with the teacher's own. */
export async function encodeAssignmentLink(assignment: Assignment): Promise<string> {
  return assignment.ownQuestions
    ? encodeCompressedToken(OWN_ASSIGNMENT_TOKEN, assignment)
    : encodeAssignment(assignment);
}

/**
 * decodeAssignment for both formats of link. A link of format 2 is inflated and its shape checked; its questions'
 * content rules are checked where it is opened (lib/ownQuestionCheck.ts), against the source's text.
 */
export async function decodeAssignmentLink(token: string): Promise<Decoded<Assignment>> {
  if (!carriesOwnQuestions(token)) return decodeAssignment(token);
  const read = await decodeCompressedToken(OWN_ASSIGNMENT_TOKEN, token);
  return read.ok ? read : { ok: false, reason: ASSIGNMENT_FAILURES[read.failure] };
}
