import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database, Queryable } from './database';
import { DropBoxError } from './errors';

// What the drop box does, on any Database. Every function takes `now` (ms since the epoch), so tests move the clock.
// The server never sees what a result says: a ciphertext is stored, counted and handed back as it came.

export const RESULTS_PER_BOX = 500;
export const DEFAULT_BOXES_PER_HOUR = 20;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** How long a box outlives its due date (from the end of that day, UTC), so late work still arrives. */
const AFTER_DUE = 4 * WEEK;
/** How long a box lives without a due date. */
const WITHOUT_DUE = 8 * WEEK;
const LATEST_DUE = 365 * DAY;

export interface CreatedBox {
  id: string;
  readToken: string;
  expiresAt: number;
}

export interface StoredResult {
  id: string;
  ciphertext: string;
  receivedAt: number;
}

const NO_SUCH_BOX = 'This drop box does not exist: it was closed, it expired, or the link is wrong.';
const WRONG_READ_TOKEN = 'Only the teacher who created this drop box can do that, and the key they sent is wrong.';

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const hashOf = (readToken: string) => createHash('sha256').update(readToken).digest();

/**
 * When a box expires: four weeks after the end of its due date (UTC), or eight weeks after it was created when it has
 * none. A date that is not a real YYYY-MM-DD, more than a year ahead, or already past (by more than a day, for the
 * time zones ahead of UTC) is refused.
 */
export function expiryFor(due: string | undefined, now: number): number {
  if (due === undefined) return now + WITHOUT_DUE;
  const start = /^\d{4}-\d{2}-\d{2}$/.test(due) ? Date.parse(`${due}T00:00:00Z`) : NaN;
  if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== due) {
    throw new DropBoxError(400, 'The due date must be a real date, written as YYYY-MM-DD.');
  }
  if (start > now + LATEST_DUE) throw new DropBoxError(400, 'The due date must be within a year from today.');
  if (start + DAY < now - DAY) throw new DropBoxError(400, 'The due date has already passed.');
  return start + DAY + AFTER_DUE;
}

/** Deletes the boxes that have expired, and their results. */
export async function deleteExpiredBoxes(database: Queryable, now: number): Promise<void> {
  await database.query('DELETE FROM drop_boxes WHERE expires_at <= $1', [now]);
}

/**
 * Creates a box for a teacher. An address may create `boxesPerHour` boxes in any hour; addresses are kept for that
 * hour only.
 */
export async function createBox(
  database: Database,
  { due, clientAddress, boxesPerHour, now }: { due?: string; clientAddress: string; boxesPerHour: number; now: number },
): Promise<CreatedBox> {
  const expiresAt = expiryFor(due, now);
  await deleteExpiredBoxes(database, now);
  await database.query('DELETE FROM drop_box_creations WHERE created_at <= $1', [now - HOUR]);
  const box = { id: base64url(randomBytes(16)), readToken: base64url(randomBytes(32)), expiresAt };
  await database.transaction(async (transaction) => {
    // Two requests from one address at once on two app servers would both count the same rows: the lock makes the
    // second wait for the first's row, so the limit holds exactly.
    await transaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', [clientAddress]);
    const [recent] = await transaction.query<{ count: string | number; oldest: string | number | null }>(
      'SELECT count(*) AS count, min(created_at) AS oldest FROM drop_box_creations WHERE client_address = $1 AND created_at > $2',
      [clientAddress, now - HOUR],
    );
    if (recent && Number(recent.count) >= boxesPerHour) {
      const wait = Math.max(1, Math.ceil((Number(recent.oldest) + HOUR - now) / 1000));
      const minutes = Math.ceil(wait / 60);
      throw new DropBoxError(
        429,
        `This device has created ${boxesPerHour} drop boxes in the last hour; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        wait,
      );
    }
    await transaction.query('INSERT INTO drop_box_creations (client_address, created_at) VALUES ($1, $2)', [
      clientAddress,
      now,
    ]);
    await transaction.query(
      'INSERT INTO drop_boxes (id, read_token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [box.id, hashOf(box.readToken).toString('hex'), now, expiresAt],
    );
  });
  return box;
}

/**
 * Stores a student's result, once: posting the same post id again answers 'duplicate' and stores nothing, even
 * after the teacher acknowledged the first (the post id is kept until the box goes).
 */
export async function postResult(
  database: Database,
  boxId: string,
  { id, ciphertext }: { id: string; ciphertext: string },
  now: number,
): Promise<'stored' | 'duplicate'> {
  return database
    .transaction(async (transaction) => {
      const inserted = await transaction.query(
        `INSERT INTO drop_box_results (box_id, post_id, ciphertext, received_at)
       SELECT id, $2, $3, $4 FROM drop_boxes WHERE id = $1 AND expires_at > $4
       ON CONFLICT (box_id, post_id) DO NOTHING
       RETURNING post_id`,
        [boxId, id, ciphertext, now],
      );
      if (inserted.length === 0) {
        const live = await transaction.query('SELECT 1 FROM drop_boxes WHERE id = $1 AND expires_at > $2', [
          boxId,
          now,
        ]);
        if (live.length === 0) throw new DropBoxError(404, NO_SUCH_BOX);
        return 'duplicate';
      }
      // The row lock this takes makes concurrent posts to one box count one after another, on any number of app
      // servers; when the box is full, throwing rolls the insert back.
      const counted = await transaction.query(
        'UPDATE drop_boxes SET held = held + 1 WHERE id = $1 AND held < $2 RETURNING held',
        [boxId, RESULTS_PER_BOX],
      );
      if (counted.length === 0) {
        throw new DropBoxError(
          409,
          `This drop box is full: it holds ${RESULTS_PER_BOX} results the teacher has not collected yet. Try again after your teacher has collected them.`,
        );
      }
      return 'stored';
    })
    .catch((error: unknown) => {
      // A foreign-key violation: the box was closed or expired between the insert finding it and the insert's key
      // check.
      if (error instanceof Object && 'code' in error && error.code === '23503')
        throw new DropBoxError(404, NO_SUCH_BOX);
      throw error;
    });
}

/** Checks the teacher's read token against the box's hash; throws when the box or the token is not right. */
async function authorize(database: Queryable, boxId: string, readToken: string | undefined, now: number) {
  if (!readToken) {
    throw new DropBoxError(401, 'Only the teacher who created this drop box can do that, and no key was sent.');
  }
  const [box] = await database.query<{ read_token_hash: string; expires_at: string | number }>(
    'SELECT read_token_hash, expires_at FROM drop_boxes WHERE id = $1 AND expires_at > $2',
    [boxId, now],
  );
  if (!box) throw new DropBoxError(404, NO_SUCH_BOX);
  if (!timingSafeEqual(Buffer.from(box.read_token_hash, 'hex'), hashOf(readToken))) {
    throw new DropBoxError(401, WRONG_READ_TOKEN);
  }
  return { expiresAt: Number(box.expires_at) };
}

/** The results a box holds, oldest first, for the teacher who created it. */
export async function fetchResults(
  database: Database,
  boxId: string,
  readToken: string | undefined,
  now: number,
): Promise<{ results: StoredResult[]; expiresAt: number }> {
  await deleteExpiredBoxes(database, now);
  const { expiresAt } = await authorize(database, boxId, readToken, now);
  const rows = await database.query<{ post_id: string; ciphertext: string; received_at: string | number }>(
    `SELECT post_id, ciphertext, received_at FROM drop_box_results
     WHERE box_id = $1 AND ciphertext IS NOT NULL ORDER BY received_at, arrival LIMIT $2`,
    [boxId, RESULTS_PER_BOX],
  );
  return {
    results: rows.map((row) => ({ id: row.post_id, ciphertext: row.ciphertext, receivedAt: Number(row.received_at) })),
    expiresAt,
  };
}

/** Deletes the ciphertext of the results the teacher has safely stored, and returns how many it deleted. */
export async function acknowledgeResults(
  database: Database,
  boxId: string,
  readToken: string | undefined,
  postIds: string[],
  now: number,
): Promise<number> {
  await authorize(database, boxId, readToken, now);
  // One statement, so the count of held results goes down by exactly what was deleted, even when the teacher's
  // two devices acknowledge the same results at once.
  const [row] = await database.query<{ deleted: string | number }>(
    `WITH deleted AS (
       UPDATE drop_box_results SET ciphertext = NULL
       WHERE box_id = $1 AND post_id = ANY($2::text[]) AND ciphertext IS NOT NULL
       RETURNING 1
     )
     UPDATE drop_boxes SET held = held - (SELECT count(*) FROM deleted) WHERE id = $1
     RETURNING (SELECT count(*) FROM deleted) AS deleted`,
    [boxId, postIds],
  );
  return Number(row?.deleted ?? 0);
}

/** Deletes a box and everything in it, when the teacher closes it early. */
export async function closeBox(
  database: Database,
  boxId: string,
  readToken: string | undefined,
  now: number,
): Promise<void> {
  await authorize(database, boxId, readToken, now);
  await database.query('DELETE FROM drop_boxes WHERE id = $1', [boxId]);
}
