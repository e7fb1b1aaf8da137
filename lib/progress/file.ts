import '../zodConfig';
import * as z from 'zod/mini';
import type { Decoded } from '../assignment';
import { parseJson } from '../encoding';
import { PROGRESS_VERSION } from './constants';
import type { Progress } from './schema';
import { migrateProgress, validateProgress } from './storage';

const MAX_FILE_LENGTH = 5_000_000;

const ProgressFileSchema = z.object({
  app: z.literal('sourcecheck'),
  kind: z.literal('progress'),
  version: z.int().check(z.minimum(1)),
  exportedAt: z.string(),
  progress: z.unknown(),
});

/** A progress file a learner can carry to another device: plain JSON, versioned like the stored state. */
export function progressFile(progress: Progress, now: number): string {
  return JSON.stringify(
    {
      app: 'sourcecheck',
      kind: 'progress',
      version: PROGRESS_VERSION,
      exportedAt: new Date(now).toISOString(),
      progress,
    },
    null,
    1,
  );
}

/** Reads a progress file without trusting it: every way it can be wrong has a reason a learner can act on. */
export function readProgressFile(text: string): Decoded<Progress> {
  if (text.length > MAX_FILE_LENGTH)
    return { ok: false, reason: 'The file is far too large to be SourceCheck progress.' };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: 'The file is not readable JSON: it may be damaged or cut short.' };
  const file = ProgressFileSchema.safeParse(json.value);
  if (!file.success) return { ok: false, reason: 'This is not a SourceCheck progress file.' };
  if (file.data.version > PROGRESS_VERSION) {
    return {
      ok: false,
      reason: 'The file was made by a newer version of SourceCheck. Reload this page to update, then try again.',
    };
  }
  const progress = validateProgress(migrateProgress(file.data.progress, file.data.version));
  if (!progress) return { ok: false, reason: 'The file looks like SourceCheck progress but its contents are damaged.' };
  return { ok: true, value: progress };
}
