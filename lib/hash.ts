/** FNV-1a, 32 bits: a fast, stable string hash for seeds and checksums (not for security). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function hashHex(text: string): string {
  return hashString(text).toString(16).padStart(8, '0');
}
