/** @jest-environment node */
import {
  acknowledgeResults,
  closeBox,
  createBox,
  expiryFor,
  fetchResults,
  postResult,
  RESULTS_PER_BOX,
} from '@/lib/dropBox/boxes';
import type { Database } from '@/lib/dropBox/database';
import { DropBoxError } from '@/lib/dropBox/errors';
import { backends } from './backends';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

let postCounter = 0;
/** A post id as a student's device makes one: 22 base64url characters, new each time. */
const newPostId = () => `post-${String(++postCounter).padStart(12, '0')}-x`;
const ciphertext = (n: number) => `Q2lwaGVydGV4dA${n}_-`;

/** What a refusal says: its status and sentence. */
async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DropBoxError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal, and it succeeded');
}

describe('expiryFor', () => {
  it('keeps a box four weeks after the end of its due date, in UTC', () => {
    expect(expiryFor('2026-03-10', NOW)).toBe(Date.parse('2026-03-11T00:00:00Z') + 4 * WEEK);
  });

  it('keeps a box eight weeks after its creation when it has no due date', () => {
    expect(expiryFor(undefined, NOW)).toBe(NOW + 8 * WEEK);
  });

  it.each(['2026-02-30', '2026-3-10', '10/03/2026', 'tomorrow', '', '2026-03-10T00:00:00Z'])(
    'refuses the due date %j as not a real date',
    (due) => {
      expect(() => expiryFor(due, NOW)).toThrow('The due date must be a real date, written as YYYY-MM-DD.');
    },
  );

  it('refuses a due date more than a year ahead, and takes one just within it', () => {
    expect(() => expiryFor('2027-03-03', NOW)).toThrow('The due date must be within a year from today.');
    expect(expiryFor('2027-03-02', NOW)).toBe(Date.parse('2027-03-03T00:00:00Z') + 4 * WEEK);
  });

  it('refuses a due date that passed more than a day ago, and takes yesterday (a time zone ahead of UTC)', () => {
    expect(() => expiryFor('2026-02-27', NOW)).toThrow('The due date has already passed.');
    expect(expiryFor('2026-03-01', NOW)).toBe(Date.parse('2026-03-02T00:00:00Z') + 4 * WEEK);
  });
});

it('says a box closed while a result was being stored does not exist', async () => {
  // PostgreSQL's foreign-key violation, as either backend throws it when the box goes between look-up and check.
  const keyViolation = Object.assign(new Error('violates foreign key constraint'), { code: '23503' });
  const closing: Database = {
    query: () => Promise.reject(keyViolation),
    transaction: (work) => work(closing),
    close: async () => undefined,
  };
  expect(
    await refusal(postResult(closing, 'AAAAAAAAAAAAAAAAAAAAAA', { id: newPostId(), ciphertext: 'x' }, NOW)),
  ).toEqual({
    status: 404,
    message: 'This drop box does not exist: it was closed, it expired, or the link is wrong.',
  });
});

// PGlite takes seconds to start on a busy machine, and a box is filled with 500 results one by one.
jest.setTimeout(60_000);

describe.each(backends)('the drop box on $name', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database?.close());

  const newBox = (options: { due?: string; clientAddress?: string; now?: number } = {}) =>
    createBox(database, { clientAddress: '203.0.113.7', boxesPerHour: 1_000_000, now: NOW, ...options });
  const count = async (sql: string, params: unknown[]) =>
    Number((await database.query<{ n: string | number }>(sql, params))[0]?.n);
  const rowsOf = (boxId: string) => count('SELECT count(*) AS n FROM drop_box_results WHERE box_id = $1', [boxId]);
  const heldBy = (boxId: string) => count('SELECT held AS n FROM drop_boxes WHERE id = $1', [boxId]);

  it('creates a box with a random id and read token, and stores only the token’s SHA-256', async () => {
    const box = await newBox({ due: '2026-03-10' });
    const other = await newBox();
    expect(box.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(box.readToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(other.id).not.toBe(box.id);
    expect(other.readToken).not.toBe(box.readToken);
    expect(box.expiresAt).toBe(Date.parse('2026-03-11T00:00:00Z') + 4 * WEEK);
    const [row] = await database.query<Record<string, unknown>>('SELECT * FROM drop_boxes WHERE id = $1', [box.id]);
    expect(JSON.stringify(row)).not.toContain(box.readToken);
    const { createHash } = await import('node:crypto');
    expect(row?.read_token_hash).toBe(createHash('sha256').update(box.readToken).digest('hex'));
  });

  it('hands the teacher every result posted, oldest first, with when it arrived', async () => {
    const box = await newBox();
    const [first, second, third] = [newPostId(), newPostId(), newPostId()];
    expect(await postResult(database, box.id, { id: second!, ciphertext: ciphertext(2) }, NOW + 2000)).toBe('stored');
    expect(await postResult(database, box.id, { id: first!, ciphertext: ciphertext(1) }, NOW + 1000)).toBe('stored');
    expect(await postResult(database, box.id, { id: third!, ciphertext: ciphertext(3) }, NOW + 2000)).toBe('stored');
    expect(await fetchResults(database, box.id, box.readToken, NOW + 3000)).toEqual({
      results: [
        { id: first, ciphertext: ciphertext(1), receivedAt: NOW + 1000 },
        { id: second, ciphertext: ciphertext(2), receivedAt: NOW + 2000 },
        { id: third, ciphertext: ciphertext(3), receivedAt: NOW + 2000 },
      ],
      expiresAt: box.expiresAt,
    });
  });

  it('stores a result posted twice once, keeping the first ciphertext', async () => {
    const box = await newBox();
    const id = newPostId();
    expect(await postResult(database, box.id, { id, ciphertext: ciphertext(1) }, NOW)).toBe('stored');
    expect(await postResult(database, box.id, { id, ciphertext: ciphertext(9) }, NOW + 1)).toBe('duplicate');
    const { results } = await fetchResults(database, box.id, box.readToken, NOW);
    expect(results).toEqual([{ id, ciphertext: ciphertext(1), receivedAt: NOW }]);
    expect(await heldBy(box.id)).toBe(1);
  });

  it('keeps the same post id in two boxes apart', async () => {
    const [one, two] = [await newBox(), await newBox()];
    const id = newPostId();
    expect(await postResult(database, one.id, { id, ciphertext: ciphertext(1) }, NOW)).toBe('stored');
    expect(await postResult(database, two.id, { id, ciphertext: ciphertext(2) }, NOW)).toBe('stored');
    expect((await fetchResults(database, two.id, two.readToken, NOW)).results).toHaveLength(1);
  });

  it('deletes what the teacher acknowledges, and does not store it again when the outbox retries', async () => {
    const box = await newBox();
    const ids = [newPostId(), newPostId(), newPostId()];
    for (const [n, id] of ids.entries()) await postResult(database, box.id, { id, ciphertext: ciphertext(n) }, NOW);
    expect(await acknowledgeResults(database, box.id, box.readToken, [ids[0]!, ids[1]!, newPostId()], NOW)).toBe(2);
    expect(await acknowledgeResults(database, box.id, box.readToken, [ids[0]!], NOW)).toBe(0);
    const { results } = await fetchResults(database, box.id, box.readToken, NOW);
    expect(results.map((result) => result.id)).toEqual([ids[2]]);
    const stored = await database.query('SELECT 1 FROM drop_box_results WHERE box_id = $1 AND ciphertext IS NOT NULL', [
      box.id,
    ]);
    expect(stored).toHaveLength(1);
    expect(await postResult(database, box.id, { id: ids[0]!, ciphertext: ciphertext(0) }, NOW)).toBe('duplicate');
    expect((await fetchResults(database, box.id, box.readToken, NOW)).results).toHaveLength(1);
    expect(await heldBy(box.id)).toBe(1);
  });

  it('refuses a missing or wrong read token, and then reads, acknowledges and deletes nothing', async () => {
    const box = await newBox();
    const other = await newBox();
    const id = newPostId();
    await postResult(database, box.id, { id, ciphertext: ciphertext(1) }, NOW);
    for (const token of [undefined, '', other.readToken, box.readToken.slice(1), `${box.readToken}x`]) {
      expect((await refusal(fetchResults(database, box.id, token, NOW))).status).toBe(401);
      expect((await refusal(acknowledgeResults(database, box.id, token, [id], NOW))).status).toBe(401);
      expect((await refusal(closeBox(database, box.id, token, NOW))).status).toBe(401);
    }
    expect((await refusal(fetchResults(database, box.id, other.readToken, NOW))).message).toBe(
      'Only the teacher who created this drop box can do that, and the key they sent is wrong.',
    );
    expect((await fetchResults(database, box.id, box.readToken, NOW)).results).toHaveLength(1);
  });

  it('says an unknown box does not exist', async () => {
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA';
    const missing = {
      status: 404,
      message: 'This drop box does not exist: it was closed, it expired, or the link is wrong.',
    };
    expect(await refusal(postResult(database, unknown, { id: newPostId(), ciphertext: 'x' }, NOW))).toEqual(missing);
    expect(await refusal(fetchResults(database, unknown, 'token', NOW))).toEqual(missing);
    expect(await rowsOf(unknown)).toBe(0);
  });

  it('forgets a box when it expires, with its results, at the next fetch or creation', async () => {
    const box = await newBox();
    await postResult(database, box.id, { id: newPostId(), ciphertext: ciphertext(1) }, NOW);
    const lastMoment = box.expiresAt - 1;
    expect(await postResult(database, box.id, { id: newPostId(), ciphertext: ciphertext(2) }, lastMoment)).toBe(
      'stored',
    );
    expect((await fetchResults(database, box.id, box.readToken, lastMoment)).results).toHaveLength(2);
    expect(
      (await refusal(postResult(database, box.id, { id: newPostId(), ciphertext: 'x' }, box.expiresAt))).status,
    ).toBe(404);
    expect(await rowsOf(box.id)).toBe(2);
    expect((await refusal(fetchResults(database, box.id, box.readToken, box.expiresAt))).status).toBe(404);
    expect(await rowsOf(box.id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM drop_boxes WHERE id = $1', [box.id])).toBe(0);

    const later = await newBox();
    await postResult(database, later.id, { id: newPostId(), ciphertext: ciphertext(1) }, NOW);
    await newBox({ now: later.expiresAt + 1 });
    expect(await count('SELECT count(*) AS n FROM drop_boxes WHERE id = $1', [later.id])).toBe(0);
    expect(await rowsOf(later.id)).toBe(0);
  });

  it('deletes a box and all its results when the teacher closes it', async () => {
    const box = await newBox();
    await postResult(database, box.id, { id: newPostId(), ciphertext: ciphertext(1) }, NOW);
    await closeBox(database, box.id, box.readToken, NOW);
    expect(await rowsOf(box.id)).toBe(0);
    expect((await refusal(fetchResults(database, box.id, box.readToken, NOW))).status).toBe(404);
    expect((await refusal(postResult(database, box.id, { id: newPostId(), ciphertext: 'x' }, NOW))).status).toBe(404);
  });

  it('holds at most 500 results, takes a retry of one it holds, and takes more once the teacher acknowledges', async () => {
    const box = await newBox();
    const ids = Array.from({ length: RESULTS_PER_BOX }, newPostId);
    for (const id of ids) await postResult(database, box.id, { id, ciphertext: 'x' }, NOW);
    const full = await refusal(postResult(database, box.id, { id: newPostId(), ciphertext: 'x' }, NOW));
    expect(full.status).toBe(409);
    expect(full.message).toMatch(/^This drop box is full/);
    expect(await postResult(database, box.id, { id: ids[0]!, ciphertext: 'x' }, NOW)).toBe('duplicate');
    expect(await rowsOf(box.id)).toBe(RESULTS_PER_BOX);
    await acknowledgeResults(database, box.id, box.readToken, ids.slice(0, 2), NOW);
    expect(await postResult(database, box.id, { id: newPostId(), ciphertext: 'x' }, NOW)).toBe('stored');
    expect(await postResult(database, box.id, { id: newPostId(), ciphertext: 'x' }, NOW)).toBe('stored');
    expect((await refusal(postResult(database, box.id, { id: newPostId(), ciphertext: 'x' }, NOW))).status).toBe(409);
    expect(await heldBy(box.id)).toBe(RESULTS_PER_BOX);
  });

  it('holds exactly 500 when 540 students post at once, 20 of them twice', async () => {
    const box = await newBox();
    const ids = Array.from({ length: 520 }, newPostId);
    const posts = [...ids, ...ids.slice(0, 20)].map((id) =>
      postResult(database, box.id, { id, ciphertext: 'x' }, NOW).then(
        (outcome) => outcome,
        (error: DropBoxError) => error.status,
      ),
    );
    const outcomes = await Promise.all(posts);
    expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(RESULTS_PER_BOX);
    expect(outcomes.every((outcome) => ['stored', 'duplicate', 409].includes(outcome))).toBe(true);
    expect(await rowsOf(box.id)).toBe(RESULTS_PER_BOX);
    expect(await heldBy(box.id)).toBe(RESULTS_PER_BOX);
    expect((await fetchResults(database, box.id, box.readToken, NOW)).results).toHaveLength(RESULTS_PER_BOX);
  });

  it('stores a result once when its retries arrive at the same moment', async () => {
    const box = await newBox();
    const id = newPostId();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => postResult(database, box.id, { id, ciphertext: 'x' }, NOW)),
    );
    expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(1);
    expect(await rowsOf(box.id)).toBe(1);
    expect(await heldBy(box.id)).toBe(1);
  });

  it('counts down once when two devices acknowledge the same results at once', async () => {
    const box = await newBox();
    const ids = Array.from({ length: 40 }, newPostId);
    for (const id of ids) await postResult(database, box.id, { id, ciphertext: 'x' }, NOW);
    const deleted = await Promise.all(
      [ids, ids.slice(10), ids.slice(0, 30)].map((some) =>
        acknowledgeResults(database, box.id, box.readToken, some, NOW),
      ),
    );
    expect(deleted.reduce((sum, n) => sum + n, 0)).toBe(40);
    expect(await heldBy(box.id)).toBe(0);
  });

  it('lets an address create 20 boxes an hour, says when to try again, and forgets the address after the hour', async () => {
    const teacher = '198.51.100.20';
    const create = (now: number, clientAddress = teacher) =>
      createBox(database, { clientAddress, boxesPerHour: 20, now });
    await create(NOW);
    for (let n = 1; n < 20; n++) await create(NOW + 10 * 60 * 1000);
    const tooMany = await refusal(create(NOW + 30 * 60 * 1000));
    expect(tooMany.status).toBe(429);
    expect(tooMany.message).toBe('This device has created 20 drop boxes in the last hour; try again in 30 minutes.');
    const error = await create(NOW + 30 * 60 * 1000).catch((refused: DropBoxError) => refused);
    expect(error).toBeInstanceOf(DropBoxError);
    expect((error as DropBoxError).retryAfterSeconds).toBe(30 * 60);
    await expect(create(NOW + 30 * 60 * 1000, '198.51.100.21')).resolves.toBeDefined();
    await expect(create(NOW + HOUR)).resolves.toBeDefined();
    expect(await count('SELECT count(*) AS n FROM drop_box_creations WHERE created_at <= $1', [NOW])).toBe(0);
    expect(await count('SELECT count(*) AS n FROM drop_box_creations WHERE client_address = $1', [teacher])).toBe(20);
    await create(NOW + 3 * HOUR);
    expect(await count('SELECT count(*) AS n FROM drop_box_creations WHERE client_address = $1', [teacher])).toBe(1);
  });

  it('holds the limit of boxes an hour when one address asks for many at once', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        createBox(database, { clientAddress: '192.0.2.99', boxesPerHour: 20, now: NOW }).then(
          () => 201,
          (error: DropBoxError) => error.status,
        ),
      ),
    );
    expect(outcomes.filter((status) => status === 201)).toHaveLength(20);
    expect(outcomes.filter((status) => status === 429)).toHaveLength(10);
  });
});
