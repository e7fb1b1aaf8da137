import { IDBFactory } from 'fake-indexeddb';
import type { Assignment } from '@/lib/assignment';
import type { KeptAssignment } from '@/lib/keptAssignmentSchema';
import { createAssignmentsStore } from '@/store/assignments';
import { indexedDbAssignments, type DeviceDatabase } from '@/store/deviceDatabase';

const assignment = (id: string, title = 'Warm-up'): Assignment => ({
  version: 1,
  id,
  questions: ['the-vote-itself'],
  shuffleQuestions: true,
  shuffleChoices: true,
  feedback: 'practice',
  title,
  contentVersion: 'deadbeef',
});

async function open(database: DeviceDatabase<KeptAssignment> = indexedDbAssignments<KeptAssignment>()) {
  const store = createAssignmentsStore(database);
  await store.getState().actions.load();
  return store;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the assignments kept on the device', () => {
  it('keeps every assignment built, newest first, across a reload', async () => {
    const first = await open();
    await first.getState().actions.keep(assignment('aaaaaaaa', 'First'), 1);
    await first.getState().actions.keep(assignment('bbbbbbbb', 'Second'), 2);
    const second = await open();
    expect(second.getState().kept.map((k) => k.assignment.title)).toEqual(['Second', 'First']);
  });

  it('does not list an assignment the device would not keep, and says it was not kept', async () => {
    const database = indexedDbAssignments<KeptAssignment>();
    const full = { ...database, put: () => Promise.reject(new DOMException('Full', 'QuotaExceededError')) };
    const store = await open(full);
    await expect(store.getState().actions.keep(assignment('aaaaaaaa'))).rejects.toThrow('Full');
    expect(store.getState().kept).toEqual([]);
  });

  it('closes an assignment for good: a backup made before it was closed does not reopen it', async () => {
    const store = await open();
    await store.getState().actions.keep(assignment('aaaaaaaa'), 1);
    await store.getState().actions.close('aaaaaaaa', 5);
    await store.getState().actions.mergeIn([{ assignment: assignment('aaaaaaaa'), createdAt: 1 }]);
    const reloaded = await open();
    expect(reloaded.getState().kept).toEqual([{ assignment: assignment('aaaaaaaa'), createdAt: 1, closedAt: 5 }]);
  });

  it('names what it cannot read and lists the rest', async () => {
    const database = indexedDbAssignments<KeptAssignment>();
    await database.put([{ assignment: assignment('aaaaaaaa'), createdAt: 1 }]);
    await database.put([{ assignment: { ...assignment('cccccccc'), version: 9 }, createdAt: 1 } as never]);
    const store = await open(database);
    expect(store.getState().kept.map((k) => k.assignment.id)).toEqual(['aaaaaaaa']);
    expect(store.getState().problem).toMatch(/^1 assignment on this device could not be read and is not shown/);
  });
});
