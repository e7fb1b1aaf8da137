import { deflateRaw, inflateRaw } from './deflate';
import { base64UrlToBytes, bytesToBase64Url } from './encoding';
import { readJson, splitToken, type TokenKind, type TokenRead } from './token';

// Apart from lib/token.ts, so the pages that read only plain tokens do not carry it.

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
