/**
 * The outer shape zustand's persist writes, `{ state, version }`, read without trusting it. Checked by hand
 * rather than with zod: it runs on every page before anything else, and the schemas load only when there is
 * saved state to check.
 */
export interface Envelope {
  state: unknown;
  version: number;
}

export type StoredRead = { ok: true; envelope: Envelope } | { ok: false; reason: string };

export function readEnvelope(raw: string, currentVersion: number): StoredRead {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const { state, version } = (typeof value === 'object' && value !== null ? value : {}) as Partial<Envelope>;
  if (!('state' in Object(value)) || typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'it is not in the format SourceCheck saves' };
  }
  if (version > currentVersion) return { ok: false, reason: 'it was saved by a newer version of SourceCheck' };
  return { ok: true, envelope: { state, version } };
}

export function backupKey(key: string, now: number): string {
  return `${key}-backup-${now}`;
}
