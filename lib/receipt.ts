import './zodConfig';
import * as z from 'zod/mini';
import { contentVersion, type Decoded } from './assignment';
import { OWN_QUIZ_ID } from './ownQuizzes';
import type { QuestionRef } from './content/refs';
import type { Question } from './content/schema';
import { isCorrect } from './scoring';
import { deflateRaw, inflateRaw } from './deflate';
import { base64UrlToBytes, bytesToBase64Url, fromBase64Url, parseJson, toBase64Url } from './encoding';
import { hashHex } from './hash';
import { CONTROL_CHARACTERS } from './plainText';
import { decodeToken, encodeToken, type TokenFailure, type TokenKind } from './token';

export const RECEIPT_VERSION = 1;
export const MAX_RECEIPT_LENGTH = 12000;

const Ref = z.string().check(z.regex(/^[a-z0-9-]{1,64}\/[a-z0-9-]{1,64}$/));

/**
 * No result can be older than the article it quizzes on (16 March 2021); the far bound keeps every time a date
 * that formats. Later than now (with a day for a student's clock) is checked when a receipt is read.
 */
export const EARLIEST_RESULT = Date.UTC(2021, 2, 16);
const LATEST_RESULT = Date.UTC(2100, 0, 1);
const YEAR = 366 * 24 * 60 * 60 * 1000;

/** What a person typed, as a result carries it: the app drops control characters, so one that has them was not made by it. */
const PlainText = z
  .string()
  .check(
    z.refine(
      (text) => !CONTROL_CHARACTERS.test(text),
      'it holds control characters, which no name needs (the student can open the assignment again for a new result link)',
    ),
  );
const CLOCK_SKEW = 24 * 60 * 60 * 1000;

/**
 * Key order matters: the checksum is taken over the fields in exactly this order. The optional fields after
 * contentVersion came later; JSON.stringify leaves out the ones a receipt lacks, so older receipts keep their
 * checksum.
 */
export const ReceiptSchema = z
  .strictObject({
    version: z.literal(RECEIPT_VERSION),
    assignment: z.string().check(z.regex(/^[a-z0-9]{8}$/)),
    title: z.optional(PlainText.check(z.maxLength(100))),
    className: z.optional(PlainText.check(z.maxLength(60))),
    name: PlainText.check(z.trim(), z.minLength(1), z.maxLength(60)),
    questions: z.array(Ref).check(z.minLength(1), z.maxLength(200)),
    answers: z.array(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(16))),
    correct: z.int().check(z.minimum(0)),
    startedAt: z.int(),
    finishedAt: z.int(),
    contentVersion: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
    /** The assignment's due date, so the gradebook can tell a late result. */
    due: z.optional(z.iso.date()),
    /** Earlier names used for this assignment on the student's device, oldest first. */
    renamedFrom: z.optional(z.array(PlainText.check(z.maxLength(60))).check(z.maxLength(5))),
    /** How many times the student started this assignment again on that device. */
    restarts: z.optional(z.int().check(z.minimum(0))),
    /** Taken with the "fewer choices" accommodation. */
    fewerChoices: z.optional(z.literal(true)),
    checksum: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  })
  .check(
    z.refine((r) => r.answers.length === r.questions.length, 'its answers do not match its questions'),
    z.refine((r) => new Set(r.questions).size === r.questions.length, 'it lists the same question more than once'),
    z.refine((r) => r.correct <= r.questions.length, 'it has more right answers than questions'),
    z.refine((r) => r.finishedAt >= r.startedAt, 'it finished before it started'),
    z.refine(
      (r) => r.startedAt >= EARLIEST_RESULT,
      'it says it was started before the article it quizzes on was published (the student’s clock may be wrong)',
    ),
    z.refine((r) => r.finishedAt <= LATEST_RESULT, 'it says it was finished in the future'),
    // An attempt may stay open for days; one open for more than a year is not a result anyone handed in.
    z.refine((r) => r.finishedAt - r.startedAt <= YEAR, 'it says it took more than a year'),
  );

export type Receipt = z.infer<typeof ReceiptSchema>;
export type ReceiptInput = Omit<Receipt, 'version' | 'checksum'>;

function checksumOf(body: Omit<Receipt, 'checksum'>): string {
  const { version, assignment, title, className, name, questions, answers, correct, startedAt, finishedAt } = body;
  return hashHex(
    JSON.stringify({
      version,
      assignment,
      title,
      className,
      name,
      questions,
      answers,
      correct,
      startedAt,
      finishedAt,
      contentVersion: body.contentVersion,
      due: body.due,
      renamedFrom: body.renamedFrom,
      restarts: body.restarts,
      fewerChoices: body.fewerChoices,
    }),
  );
}

export function makeReceipt(input: ReceiptInput): Receipt {
  const body = { version: RECEIPT_VERSION, ...input } as const;
  return { ...body, checksum: checksumOf(body) };
}

const RECEIPT_TOKEN: TokenKind<Receipt> = {
  prefix: 'r',
  version: RECEIPT_VERSION,
  maxLength: MAX_RECEIPT_LENGTH,
  schema: ReceiptSchema,
};

export function encodeReceipt(receipt: Receipt): string {
  return encodeToken(RECEIPT_TOKEN, receipt);
}

/**
 * Format 2 of the token is the same receipt, its JSON compressed with raw DEFLATE, for a QR code a phone can read
 * at arm's length. Two bytes before the compressed data give its length, so a token cut short or run into the
 * next word is told from a whole one without inflating it (link repair needs that, synchronously).
 */
const COMPRESSED_VERSION = 2;
const COMPRESSED = new RegExp(`^r${COMPRESSED_VERSION}\\.(.*)$`, 's');

/** Rejects with a RangeError for a receipt that compresses to more than its two bytes of length can say. */
export async function encodeCompressedReceipt(receipt: Receipt): Promise<string> {
  const packed = await deflateRaw(new TextEncoder().encode(JSON.stringify(receipt)));
  if (packed.length > 0xffff) throw new RangeError('This result is too long for a compressed result link.');
  const framed = new Uint8Array(packed.length + 2);
  framed.set([packed.length >> 8, packed.length & 0xff]);
  framed.set(packed, 2);
  return `r${COMPRESSED_VERSION}.${bytesToBase64Url(framed)}`;
}

/** The compressed data of a format 2 payload, or null when it is cut short, runs on, or is not base64url. */
function compressedData(payload: string): Uint8Array | null {
  const framed = base64UrlToBytes(payload);
  if (framed === null || framed.length < 2) return null;
  const length = ((framed[0] ?? 0) << 8) | (framed[1] ?? 0);
  return framed.length === length + 2 ? framed.subarray(2) : null;
}

/** A token with all of its payload: readable base64url of JSON (format 1), or of its stated length (format 2). */
export function isWholeReceiptToken(token: string): boolean {
  const payload = token.slice(token.indexOf('.') + 1);
  if (token.startsWith(`r${COMPRESSED_VERSION}.`)) return compressedData(payload) !== null;
  const json = fromBase64Url(payload);
  return json !== null && parseJson(json).ok;
}

const RECEIPT_FAILURES: Record<TokenFailure['failure'], string> = {
  'too-long': 'far too long to be a receipt',
  'not-a-token': 'not a SourceCheck receipt',
  newer: 'made by a newer version of SourceCheck',
  damaged: 'cut short or damaged (copy the whole link)',
  invalid: 'not a valid SourceCheck receipt',
};

/**
 * The questions a receipt is checked against: the bank's, or for each assignment id the bank's with that
 * assignment's own questions (a teacher's, which only their assignment carries).
 */
export type QuestionsFor =
  ReadonlyMap<QuestionRef, Question> | ((assignment: string) => ReadonlyMap<QuestionRef, Question>);

/**
 * A reader of receipts checked against the content this device has. A checksum catches a
 * receipt that was damaged or edited by hand; it cannot stop someone who rebuilds one with
 * this code, and the gradebook says so. Content fingerprints are cached: a class's receipts
 * share their questions, and a paste can hold thousands.
 */
export function receiptDecoder(
  questions: QuestionsFor,
  clock: () => number = Date.now,
): (token: string) => Decoded<Receipt> {
  const versions = new WeakMap<ReadonlyMap<QuestionRef, Question>, Map<string, string>>();
  const versionOf = (refs: string[], lookup: ReadonlyMap<QuestionRef, Question>) => {
    const known = versions.get(lookup) ?? new Map<string, string>();
    versions.set(lookup, known);
    const key = refs.join();
    const cached = known.get(key);
    if (cached) return cached;
    const computed = contentVersion(refs, lookup);
    known.set(key, computed);
    return computed;
  };

  return (token) => {
    const read = decodeToken(RECEIPT_TOKEN, token);
    if (!read.ok) {
      // The rules across fields say what is impossible about a result; anything else is just not a receipt.
      const reason =
        read.failure === 'invalid' && read.rule
          ? `not a possible result: ${read.rule}`
          : RECEIPT_FAILURES[read.failure];
      return { ok: false, reason };
    }
    const receipt = read.value;
    const lookup = typeof questions === 'function' ? questions(receipt.assignment) : questions;
    if (receipt.finishedAt > clock() + CLOCK_SKEW) {
      return { ok: false, reason: 'not a possible result: it says it was finished in the future' };
    }
    if (checksumOf(receipt) !== receipt.checksum) {
      return { ok: false, reason: 'its checksum does not match: it was changed or damaged after the student made it' };
    }
    const unknown = receipt.questions.filter((ref) => !lookup.has(ref));
    if (unknown.some((ref) => ref.startsWith(`${OWN_QUIZ_ID}/`))) {
      return {
        ok: false,
        reason:
          'it answers questions of your own from an assignment this device does not keep: open it on the device that made the link (or restore that device’s backup here)',
      };
    }
    if (unknown.length > 0) {
      return { ok: false, reason: 'it has questions this version of SourceCheck does not have' };
    }
    if (versionOf(receipt.questions, lookup) !== receipt.contentVersion) {
      return {
        ok: false,
        reason: 'it was made with a different version of the quiz content, so it cannot be graded fairly',
      };
    }
    if (gradeAnswers(receipt, lookup) !== receipt.correct) {
      return { ok: false, reason: 'its score does not match its answers' };
    }
    return { ok: true, value: receipt };
  };
}

/**
 * receiptDecoder for every format of result link, the compressed one of a QR code too: a compressed receipt is
 * inflated to the same JSON and then read, checked and refused exactly as a link of format 1 would be.
 */
export function receiptReader(
  questions: QuestionsFor,
  clock: () => number = Date.now,
): (token: string) => Promise<Decoded<Receipt>> {
  const decode = receiptDecoder(questions, clock);
  return async (token) => {
    const compressed = token.length <= MAX_RECEIPT_LENGTH ? COMPRESSED.exec(token.trim()) : null;
    if (!compressed) return decode(token);
    const data = compressedData(compressed[1] ?? '');
    const json = data && (await inflateRaw(data, MAX_RECEIPT_LENGTH));
    if (json === 'too-long') return { ok: false, reason: RECEIPT_FAILURES['too-long'] };
    if (!json) return { ok: false, reason: RECEIPT_FAILURES.damaged };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(json);
    } catch {
      return { ok: false, reason: RECEIPT_FAILURES.damaged };
    }
    return decode(`r${RECEIPT_VERSION}.${toBase64Url(text)}`);
  };
}

export function decodeReceipt(
  token: string,
  lookup: ReadonlyMap<QuestionRef, Question>,
  clock: () => number = Date.now,
): Decoded<Receipt> {
  return receiptDecoder(lookup, clock)(token);
}

export function gradeAnswers(
  receipt: Pick<Receipt, 'questions' | 'answers'>,
  lookup: ReadonlyMap<QuestionRef, Question>,
): number {
  return receipt.questions.filter((ref, i) => {
    const question = lookup.get(ref);
    return question !== undefined && isCorrect(question, receipt.answers[i] ?? []);
  }).length;
}
