import './zodConfig';
import * as z from 'zod/mini';
import type { Assignment } from './assignment';
import { openDropBox, type SealedPost } from './dropBoxRequests';
import { createBoxKeys, openResult } from './sealedResult';

/** A drop box as the teacher's device keeps it: the read token and private key never leave this device. */
export const TeacherBoxSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  readToken: z.string().check(z.minLength(16), z.maxLength(200)),
  publicKey: z.string(),
  privateKey: z.record(z.string(), z.unknown()),
  /** The assignment whose results it collects, to name it on the page. */
  assignment: z.string(),
  title: z.optional(z.string()),
  className: z.optional(z.string()),
  createdAt: z.int(),
  /** When the server deletes the box and anything still in it. */
  expiresAt: z.int(),
});

export type TeacherBox = z.infer<typeof TeacherBoxSchema>;

/**
 * Opens a drop box for a new assignment: a key pair made on this device, a box on the server, and the box kept on
 * this device before the link exists, since a result sent to a box whose key was lost can never be read.
 */
export async function withDropBox(
  assignment: Assignment,
  keep: (box: TeacherBox) => Promise<void>,
): Promise<{ ok: true; assignment: Assignment } | { ok: false; message: string }> {
  if (!globalThis.isSecureContext)
    return {
      ok: false,
      message: 'This page is not served over HTTPS, so the browser will not make the drop box’s key.',
    };
  const keys = await createBoxKeys();
  const opened = await openDropBox(assignment.due);
  if (!opened.ok) return opened;
  const box: TeacherBox = {
    id: opened.id,
    readToken: opened.readToken,
    publicKey: keys.publicKey,
    privateKey: keys.privateKey as Record<string, unknown>,
    assignment: assignment.id,
    ...(assignment.title ? { title: assignment.title } : {}),
    ...(assignment.className ? { className: assignment.className } : {}),
    createdAt: Date.now(),
    expiresAt: opened.expiresAt,
  };
  try {
    await keep(box);
  } catch {
    // The empty box is left to expire on the server: without its key it holds nothing anyone could read.
    return {
      ok: false,
      message: 'This browser would not keep the drop box’s key, so results sent to it could never be opened.',
    };
  }
  return { ok: true, assignment: { ...assignment, dropBox: { id: box.id, key: box.publicKey } } };
}

export type OpenedPost = { postId: string; token: string } | { postId: string; problem: string };

/** Opens each sealed result with the box's key: a result link's token to check, or why it would not open. */
export async function openPosts(box: TeacherBox, posts: readonly SealedPost[]): Promise<OpenedPost[]> {
  return Promise.all(
    posts.map(async ({ id, ciphertext }) => {
      const token = await openResult(ciphertext, box.privateKey, box.id);
      return token === null
        ? {
            postId: id,
            problem:
              'A result in the drop box would not open with this browser’s key: it was changed on the way, or sealed for another box.',
          }
        : { postId: id, token };
    }),
  );
}
