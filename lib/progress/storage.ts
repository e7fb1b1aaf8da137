import { z } from 'zod';
import { PROGRESS_KEY, PROGRESS_VERSION, ProgressSchema, type Progress } from './schema';

const EnvelopeSchema = z.object({ state: z.unknown(), version: z.number().int().min(0) });

export type Envelope = z.infer<typeof EnvelopeSchema>;

export type StoredRead = { ok: true; envelope: Envelope } | { ok: false; reason: string };

/** Reads what is under the progress key without trusting it. */
export function readEnvelope(raw: string): StoredRead {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: 'it is not in the format SourceCheck saves' };
  if (envelope.data.version > PROGRESS_VERSION) {
    return { ok: false, reason: 'it was saved by a newer version of SourceCheck' };
  }
  return { ok: true, envelope: envelope.data };
}

/**
 * Version 1 is the first stored shape, so no step exists yet: a state from an unknown older
 * version passes through to validation and is backed up if it does not fit. When the shape
 * changes, the step from version 1 goes here, so an update never drops a device's progress.
 */
export function migrateProgress(state: unknown): unknown {
  return state;
}

export function validateProgress(state: unknown): Progress | null {
  const parsed = ProgressSchema.safeParse(state);
  return parsed.success ? parsed.data : null;
}

export function backupKey(now: number): string {
  return `${PROGRESS_KEY}-backup-${now}`;
}
