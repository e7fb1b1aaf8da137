/** base64url of bytes: the alphabet a link carries without escaping. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null for anything that is not base64url. */
export function base64UrlToBytes(encoded: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  // A loop into an array of the right length: Uint8Array.from with a mapping function took most of a 10,000-link
  // import's longest task (scripts/bench/gradebook.mjs).
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** base64url of UTF-8 text, so names in any language survive a link. */
export function toBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

/** null for anything that is not base64url of valid UTF-8: links get cut, mangled and hand-typed. */
export function fromBase64Url(encoded: string): string | null {
  const bytes = base64UrlToBytes(encoded);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Parses JSON without throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * decodeURIComponent that never throws. A link that went through an email client or a chat app can arrive with a
 * stray '%' or half a multi-byte escape; each run of escapes that decodes is decoded, and one that does not is kept
 * as it came, so the page's own validation can say the link is damaged instead of the page crashing.
 */
export function decodePercentEncoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
