import type * as z from 'zod/mini';
import { fromBase64Url, parseJson, toBase64Url } from './encoding';

/**
 * Everything that travels in a link (an assignment, a student's result) is one token: a prefix letter, a format
 * version, a dot, and the value's JSON in base64url. One reader for all of them, so each kind says only what its
 * failures mean to the person holding the link.
 */
export interface TokenKind<T> {
  prefix: string;
  version: number;
  /** Longer than any token of this kind that the app makes; anything longer is refused unread. */
  maxLength: number;
  schema: z.ZodMiniType<T>;
}

export type TokenFailure =
  | { failure: 'too-long' }
  | { failure: 'not-a-token' }
  | { failure: 'newer' }
  | { failure: 'damaged' }
  /** Readable, but not a possible value; `rule` is the message of the rule across fields that it breaks, if any. */
  | { failure: 'invalid'; rule?: string };

export type TokenRead<T> = { ok: true; value: T } | ({ ok: false } & TokenFailure);

export function encodeToken<T>(kind: TokenKind<T>, value: T): string {
  return `${kind.prefix}${kind.version}.${toBase64Url(JSON.stringify(value))}`;
}

/** The version and payload of a token of this kind, or why it is not one (before its payload is read). */
export function splitToken<T>(kind: TokenKind<T>, token: string): { version: number; payload: string } | TokenFailure {
  if (token.length > kind.maxLength) return { failure: 'too-long' };
  // Anything after the prefix is read as the payload, so a token that lost or gained characters on the way (a
  // trailing '%', a line break from an email client) is called damaged rather than not a token at all.
  const match = new RegExp(`^${kind.prefix}(\\d{1,4})\\.(.*)$`, 's').exec(token.trim());
  if (!match) return { failure: 'not-a-token' };
  if (Number(match[1]) > kind.version) return { failure: 'newer' };
  return { version: Number(match[1]), payload: match[2] ?? '' };
}

export function readJson<T>(kind: TokenKind<T>, json: string | null): TokenRead<T> {
  const parsed = json === null ? null : parseJson(json);
  if (!parsed?.ok) return { ok: false, failure: 'damaged' };
  const result = kind.schema.safeParse(parsed.value);
  if (result.success) return { ok: true, value: result.data };
  const rule = result.error.issues.find((issue) => issue.code === 'custom')?.message;
  return { ok: false, failure: 'invalid', ...(rule ? { rule } : {}) };
}

export function decodeToken<T>(kind: TokenKind<T>, token: string): TokenRead<T> {
  const split = splitToken(kind, token);
  if ('failure' in split) return { ok: false, ...split };
  return readJson(kind, fromBase64Url(split.payload));
}
