import './zodConfig';
import * as z from 'zod/mini';

/**
 * A finished result on its way to the teacher's drop box. It is sealed once and kept on the student's device
 * until the server confirms it, under a post id of its own, so sending it again (another load, another tab, the
 * device back online) never makes it arrive twice.
 */
export const OutboxEntrySchema = z.strictObject({
  /** The result's checksum: one entry a result, however often its page opens. */
  checksum: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  postId: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
  boxId: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  sealed: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40000}$/)),
  queuedAt: z.int(),
  /** When the server confirmed it. */
  sentAt: z.optional(z.int()),
  /** Why the server refused it for good (the box closed or full): not tried again. */
  refused: z.optional(z.string().check(z.maxLength(500))),
  /** Why the last try failed, while it is still worth trying. */
  lastProblem: z.optional(z.string().check(z.maxLength(500))),
});

export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const OutboxSchema = z.array(OutboxEntrySchema).check(z.maxLength(500));

/** What is still to send, oldest first: the order students finished in. */
export function waiting(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries
    .filter((e) => e.sentAt === undefined && e.refused === undefined)
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Adds a result unless it is already queued or sent. */
export function queued(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  return entries.some((e) => e.checksum === entry.checksum) ? [...entries] : [...entries, entry];
}

export type SendOutcome = { sent: true; at: number } | { sent: false; retry: boolean; message: string };

export function settled(entries: readonly OutboxEntry[], postId: string, outcome: SendOutcome): OutboxEntry[] {
  return entries.map((entry) => {
    if (entry.postId !== postId) return entry;
    if (outcome.sent) return { ...entry, sentAt: outcome.at, lastProblem: undefined };
    return outcome.retry ? { ...entry, lastProblem: outcome.message } : { ...entry, refused: outcome.message };
  });
}

/** Longer than any drop box lives (a due date a year ahead, and four weeks), so a sent result is never sent again. */
const KEEP_SENT = 400 * 24 * 60 * 60 * 1000;

/** Results the server confirmed long ago leave the device; the rest stay until they are sent or refused. */
export function pruned(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.filter((entry) => entry.sentAt === undefined || now - entry.sentAt < KEEP_SENT);
}

/** Two tabs' outboxes together: one entry a result, a confirmation in either tab wins. */
export function mergedOutboxes(a: readonly OutboxEntry[], b: readonly OutboxEntry[]): OutboxEntry[] {
  const byChecksum = new Map<string, OutboxEntry>();
  for (const entry of [...a, ...b]) {
    const known = byChecksum.get(entry.checksum);
    if (!known || (known.sentAt === undefined && entry.sentAt !== undefined)) byChecksum.set(entry.checksum, entry);
  }
  return [...byChecksum.values()];
}
