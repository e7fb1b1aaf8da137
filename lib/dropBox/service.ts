import { join } from 'node:path';
import { DEFAULT_BOXES_PER_HOUR } from './boxes';
import type { Database } from './database';
import type { DropBoxService } from './requests';

// One database handle a process, opened by the first request that needs it (never at import, so `next build`,
// which imports the route handlers, never opens it). Kept on globalThis because `next dev` evaluates a changed
// module again, and a second PGlite on the same directory would corrupt it.
const key = Symbol.for('sourcecheck.dropBox');
const holder = globalThis as typeof globalThis & { [key]?: Promise<DropBoxService> };

type Environment = Record<string, string | undefined>;

/** Where the drop box keeps its data, from the environment: DATABASE_URL's PostgreSQL, or PGlite in a directory. */
async function openFromEnvironment(environment: Environment): Promise<Database> {
  if (environment.DATABASE_URL) {
    const { openPostgresDatabase } = await import('./postgres');
    return openPostgresDatabase(environment.DATABASE_URL);
  }
  const { openEmbeddedDatabase } = await import('./embedded');
  return openEmbeddedDatabase(environment.DROP_BOX_DATA || join(process.cwd(), '.data', 'drop-box'));
}

/** DROP_BOX_BOXES_PER_HOUR, a whole number of at least 1; 20 when unset. */
export function boxesPerHourFrom(environment: Environment): number {
  const setting = environment.DROP_BOX_BOXES_PER_HOUR;
  if (setting === undefined || setting === '') return DEFAULT_BOXES_PER_HOUR;
  const boxesPerHour = Number(setting);
  if (!Number.isInteger(boxesPerHour) || boxesPerHour < 1) {
    throw new Error(`DROP_BOX_BOXES_PER_HOUR must be a whole number of at least 1, not "${setting}".`);
  }
  return boxesPerHour;
}

/** The process's drop box. A failed open is forgotten, so the next request tries again. */
export function dropBoxService(): Promise<DropBoxService> {
  holder[key] ??= (async () => ({
    boxesPerHour: boxesPerHourFrom(process.env),
    database: await openFromEnvironment(process.env),
    now: Date.now,
  }))().catch((error: unknown) => {
    delete holder[key];
    throw error;
  });
  return holder[key];
}
