import type { Database } from './database';

// Times are milliseconds since the epoch (bigint), as the HTTP contract returns them.
// drop_box_results keeps a row for every post id a box has accepted; acknowledging a result deletes its ciphertext
// but keeps the post id, so a student's outbox that retries after the teacher acknowledged is not stored twice.
// drop_boxes.held counts the rows that still hold ciphertext: the limit of results a box holds is checked on it.
const statements = [
  `CREATE TABLE IF NOT EXISTS drop_boxes (
    id text PRIMARY KEY,
    read_token_hash text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    held integer NOT NULL DEFAULT 0 CHECK (held >= 0)
  )`,
  'CREATE INDEX IF NOT EXISTS drop_boxes_by_expiry ON drop_boxes (expires_at)',
  `CREATE TABLE IF NOT EXISTS drop_box_results (
    box_id text NOT NULL REFERENCES drop_boxes (id) ON DELETE CASCADE,
    post_id text NOT NULL,
    ciphertext text,
    received_at bigint NOT NULL,
    arrival bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (box_id, post_id)
  )`,
  'CREATE INDEX IF NOT EXISTS drop_box_results_by_arrival ON drop_box_results (box_id, received_at, arrival)',
  // Who created a box when, for the limit of boxes an address may create in an hour; rows go after the hour.
  `CREATE TABLE IF NOT EXISTS drop_box_creations (
    client_address text NOT NULL,
    created_at bigint NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS drop_box_creations_by_address ON drop_box_creations (client_address, created_at)',
  'CREATE INDEX IF NOT EXISTS drop_box_creations_by_time ON drop_box_creations (created_at)',
];

// Several app servers may start against one empty database at once, and two concurrent CREATE TABLE IF NOT EXISTS
// can still collide in PostgreSQL's catalogue: one advisory lock (any fixed number) makes them take turns.
const SCHEMA_LOCK = 7_031_962;

/** Creates the drop box's tables where they are missing. */
export async function createSchema(database: Database): Promise<void> {
  await database.transaction(async (transaction) => {
    await transaction.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    for (const statement of statements) await transaction.query(statement);
  });
}
