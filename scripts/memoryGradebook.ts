import type { GradebookDatabase } from '../store/deviceDatabase';

/** The gradebook's database in memory, for benchmarks of the store's own work: no IndexedDB in Node. */
export function memoryGradebook(): GradebookDatabase {
  const records = new Map<string, unknown>();
  return {
    all: async () => [...records.values()],
    put: async (added) => added.forEach((record) => records.set(record.checksum, record)),
    remove: async (checksums) => checksums.forEach((checksum) => records.delete(checksum)),
  };
}
