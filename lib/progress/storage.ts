import { z } from 'zod';
import { PROGRESS_VERSION, ProgressSchema, type Progress } from './schema';

const EnvelopeSchema = z.object({ state: z.unknown(), version: z.number().int().min(0) });

export type Envelope = z.infer<typeof EnvelopeSchema>;

export type StoredRead = { ok: true; envelope: Envelope } | { ok: false; reason: string };

/** Reads what is under a storage key without trusting it. */
export function readEnvelope(raw: string, currentVersion: number): StoredRead {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: 'it is not in the format SourceCheck saves' };
  if (envelope.data.version > currentVersion) {
    return { ok: false, reason: 'it was saved by a newer version of SourceCheck' };
  }
  return { ok: true, envelope: envelope.data };
}

/** One step per replaced version, from that version to the next, so an update never drops a device's progress. */
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 keeps assignment attempts apart from self-study, and the name a student gives teachers.
  1: (state) => ({ ...state, assignments: {}, studentName: '' }),
};

export function migrateProgress(state: unknown, fromVersion: number): unknown {
  if (typeof state !== 'object' || state === null) return state;
  let migrated = state as Record<string, unknown>;
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    migrated = MIGRATIONS[version]?.(migrated) ?? migrated;
  }
  return migrated;
}

export function validateProgress(state: unknown): Progress | null {
  const parsed = ProgressSchema.safeParse(state);
  return parsed.success ? parsed.data : null;
}

export function backupKey(key: string, now: number): string {
  return `${key}-backup-${now}`;
}
