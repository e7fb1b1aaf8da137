import { Pool } from 'pg';
import type { Database } from './database';
import { createSchema } from './schema';

/** A PostgreSQL server, through a pool of connections: what several app servers behind a load balancer share. */
export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new Pool({ connectionString });
  // An idle connection the server dropped (a restart, a failover) is replaced on the next query; without a
  // listener, its error would end the process.
  pool.on('error', (error) => console.error(`Drop box: an idle PostgreSQL connection failed: ${error.message}`));
  const database: Database = {
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (sql, params) => (await client.query(sql, params)).rows });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackFailed: Error) => {
          broken = rollbackFailed;
        });
        throw error;
      } finally {
        // A connection that could not even roll back is closed, not handed to the next request mid-transaction.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  await createSchema(database);
  return database;
}
