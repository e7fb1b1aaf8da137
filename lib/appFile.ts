import './zodConfig';
import * as z from 'zod/mini';
import type { Decoded } from './assignment';
import { parseJson } from './encoding';

/** The files SourceCheck writes for people to keep, what each is called, and which page opens it. */
const APP_FILES = {
  progress: {
    name: 'SourceCheck progress file',
    opened: 'a student’s progress file: it is opened on the Progress page',
  },
  'teacher-backup': { name: 'SourceCheck backup', opened: 'a teacher’s backup: it is restored on My assignments' },
} as const;

export type AppFileKind = keyof typeof APP_FILES;

/** Read first on its own, so another app's JSON, the other kind of file or a newer one each get their own reason. */
const AppFileHeaderSchema = z.object({
  app: z.literal('sourcecheck'),
  kind: z.string(),
  version: z.int().check(z.minimum(1)),
});

/**
 * The first steps of reading a kept file without trusting it: its size, its JSON, that it is this kind of
 * SourceCheck file and no newer than this version of the app reads. Each way it fails has a reason a person can
 * act on; what the file holds is the caller's to check.
 */
export function readAppFile(
  text: string,
  kind: AppFileKind,
  { maxLength, version }: { maxLength: number; version: number },
): Decoded<{ version: number; json: unknown }> {
  const { name } = APP_FILES[kind];
  if (text.length > maxLength) return { ok: false, reason: `The file is far too large to be a ${name}.` };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: 'The file is not readable JSON: it may be damaged or cut short.' };
  const header = AppFileHeaderSchema.safeParse(json.value);
  if (!header.success) return { ok: false, reason: `This is not a ${name}.` };
  if (header.data.kind !== kind) {
    const other = Object.hasOwn(APP_FILES, header.data.kind) ? APP_FILES[header.data.kind as AppFileKind] : null;
    return { ok: false, reason: other ? `This is ${other.opened}, not a ${name}.` : `This is not a ${name}.` };
  }
  if (header.data.version > version) {
    return {
      ok: false,
      reason: 'The file was made by a newer version of SourceCheck. Reload this page to update, then try again.',
    };
  }
  return { ok: true, value: { version: header.data.version, json: json.value } };
}
