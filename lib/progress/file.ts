import '../zodConfig';
import * as z from 'zod/mini';
import type { Decoded } from '../assignment';
import { readAppFile } from '../appFile';
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
  const read = readAppFile(text, 'progress', { maxLength: MAX_FILE_LENGTH, version: PROGRESS_VERSION });
  if (!read.ok) return read;
  const file = ProgressFileSchema.safeParse(read.value.json);
  const progress = file.success && validateProgress(migrateProgress(file.data.progress, file.data.version));
  if (!progress) return { ok: false, reason: 'The file looks like SourceCheck progress but its contents are damaged.' };
  return { ok: true, value: progress };
}
