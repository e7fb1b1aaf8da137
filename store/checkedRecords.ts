import type { DeviceDatabase } from './deviceDatabase';

interface Schema<T> {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false };
}

/**
 * Reads a record store and checks each record on its own, so one that fails (damaged, or from another version)
 * never hides the rest; what could not be read is counted for the page to say so, and left where it is. The schema
 * is asked for only when there are records to check, so that a device with none never loads it.
 */
export async function readCheckedRecords<T>(
  database: DeviceDatabase<T>,
  schemaOf: () => Schema<T> | Promise<Schema<T>>,
  [one, many]: [string, string],
): Promise<{ records: T[]; problem: string | null }> {
  let stored: unknown[];
  try {
    stored = await database.all();
  } catch {
    return { records: [], problem: `This browser would not open the ${many} kept on this device.` };
  }
  if (stored.length === 0) return { records: [], problem: null };
  const schema = await schemaOf();
  const records = stored.flatMap((record) => {
    const parsed = schema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
  const unreadable = stored.length - records.length;
  return {
    records,
    problem:
      unreadable > 0
        ? `${unreadable} ${unreadable === 1 ? one : many} on this device could not be read and ${unreadable === 1 ? 'is' : 'are'} not shown. Nothing was deleted.`
        : null,
  };
}
