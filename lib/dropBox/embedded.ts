import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database';
import { createSchema } from './schema';

/**
 * PostgreSQL inside this process, persisted to `dataDirectory` (created if missing), or in memory without one.
 * PGlite has a single connection and queues every query and transaction on it, so it is safe to share.
 */
export async function openEmbeddedDatabase(dataDirectory?: string): Promise<Database> {
  // PGlite makes the directory itself, but not its parents (the default, .data/drop-box, has none at first).
  if (dataDirectory) await mkdir(dataDirectory, { recursive: true });
  const pglite = await PGlite.create(dataDirectory);
  const database: Database = {
    query: async (sql, params) => (await pglite.query<never>(sql, params)).rows,
    transaction: (work) =>
      pglite.transaction((transaction) =>
        work({ query: async (sql, params) => (await transaction.query<never>(sql, params)).rows }),
      ),
    close: () => pglite.close(),
  };
  await createSchema(database);
  return database;
}
