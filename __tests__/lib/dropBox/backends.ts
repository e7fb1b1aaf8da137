import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Database } from '@/lib/dropBox/database';
import { openEmbeddedDatabase } from '@/lib/dropBox/embedded';
import { openPostgresDatabase } from '@/lib/dropBox/postgres';

// Every drop box test runs against both backends: PGlite in memory, and a real PostgreSQL server (started by
// scripts/with-postgres.sh, which sets TEST_DATABASE_URL), each test file on a database of its own.

export interface Backend {
  name: string;
  /** A fresh, empty database; `close` drops it. */
  open(): Promise<Database>;
}

const embedded: Backend = { name: 'PGlite (embedded)', open: () => openEmbeddedDatabase() };

const postgres: Backend = {
  name: 'PostgreSQL',
  async open() {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) {
      throw new Error(
        'TEST_DATABASE_URL is not set: run the tests through `npm run test:unit` (scripts/with-postgres.sh), or set SKIP_POSTGRES=1 to leave PostgreSQL out.',
      );
    }
    const name = `drop_box_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    const database = await openPostgresDatabase(url.toString());
    return {
      ...database,
      async close() {
        await database.close();
        const dropper = new Client({ connectionString: server });
        await dropper.connect();
        await dropper.query(`DROP DATABASE ${name}`);
        await dropper.end();
      },
    };
  },
};

/** Both backends; SKIP_POSTGRES=1 leaves PostgreSQL out, and nothing else does: a missing server fails. */
export const backends: Backend[] = process.env.SKIP_POSTGRES === '1' ? [embedded] : [embedded, postgres];
