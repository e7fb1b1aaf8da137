import type * as z from 'zod/mini';
import { deflateRaw, inflateRaw } from './deflate';
import { base64UrlToBytes, bytesToBase64Url, fromBase64Url, parseJson, toBase64Url } from './encoding';

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
function splitToken<T>(kind: TokenKind<T>, token: string): { version: number; payload: string } | TokenFailure {
  if (token.length > kind.maxLength) return { failure: 'too-long' };
  // Anything after the prefix is read as the payload, so a token that lost or gained characters on the way (a
  // trailing '%', a line break from an email client) is called damaged rather than not a token at all.
  const match = new RegExp(`^${kind.prefix}(\\d{1,4})\\.(.*)$`, 's').exec(token.trim());
  if (!match) return { failure: 'not-a-token' };
  if (Number(match[1]) > kind.version) return { failure: 'newer' };
  return { version: Number(match[1]), payload: match[2] ?? '' };
}

function readJson<T>(kind: TokenKind<T>, json: string | null): TokenRead<T> {
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

/**
 * A compressed kind: the value's JSON deflated (raw DEFLATE, lib/deflate.ts) before base64url, for values too long
 * to travel as plain JSON. `maxInflated` bounds the bytes it may inflate to, so a short token cannot fill memory.
 */
export interface CompressedTokenKind<T> extends TokenKind<T> {
  maxInflated: number;
}

export async function encodeCompressedToken<T>(kind: CompressedTokenKind<T>, value: T): Promise<string> {
  const packed = await deflateRaw(new TextEncoder().encode(JSON.stringify(value)));
  return `${kind.prefix}${kind.version}.${bytesToBase64Url(packed)}`;
}

export async function decodeCompressedToken<T>(kind: CompressedTokenKind<T>, token: string): Promise<TokenRead<T>> {
  const split = splitToken(kind, token);
  if ('failure' in split) return { ok: false, ...split };
  if (split.version !== kind.version) return { ok: false, failure: 'not-a-token' };
  const packed = base64UrlToBytes(split.payload);
  const inflated = packed && (await inflateRaw(packed, kind.maxInflated));
  if (inflated === 'too-long') return { ok: false, failure: 'too-long' };
  if (!inflated) return { ok: false, failure: 'damaged' };
  let json: string | null;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    json = null;
  }
  return readJson(kind, json);
}
