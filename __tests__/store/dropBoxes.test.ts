import { IDBFactory } from 'fake-indexeddb';
import type { TeacherBox } from '@/lib/teacherBox';
import { indexedDbDropBoxes, type DeviceDatabase } from '@/store/deviceDatabase';
import { createDropBoxStore } from '@/store/dropBoxes';

const box = (id: string): TeacherBox => ({
  id,
  readToken: 'read-token-0123456789',
  publicKey: 'public',
  privateKey: { kty: 'EC' },
  assignment: 'a1.example',
  createdAt: 1,
  expiresAt: 2,
});

async function open(database: DeviceDatabase<TeacherBox> = indexedDbDropBoxes<TeacherBox>()) {
  const store = createDropBoxStore(database);
  await store.getState().actions.load();
  return store;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('drop boxes on the device', () => {
  it('keeps a box across a reload, and forgets one the server closed', async () => {
    const first = await open();
    await first.getState().actions.add(box('A'.repeat(22)));
    await first.getState().actions.add(box('B'.repeat(22)));
    await first.getState().actions.forget('A'.repeat(22));
    const second = await open();
    expect(second.getState().boxes.map((b) => b.id)).toEqual(['B'.repeat(22)]);
    expect(second.getState().problem).toBeNull();
  });

  it('shows the boxes it can read and says how many it cannot, and what that costs', async () => {
    const database = indexedDbDropBoxes<TeacherBox>();
    await database.put([box('A'.repeat(22)), { ...box('B'.repeat(22)), readToken: 'short' }]);
    const store = await open(database);
    expect(store.getState().boxes.map((b) => b.id)).toEqual(['A'.repeat(22)]);
    expect(store.getState().problem).toBe(
      '1 drop box on this device could not be read and is not shown. Nothing was deleted. ' +
        'Results sent to a box this device cannot open cannot be collected here.',
    );
  });

  it('says so when the browser will not open its boxes, and still loads', async () => {
    const refusing: DeviceDatabase<TeacherBox> = {
      all: () => Promise.reject(new Error('SecurityError')),
      put: () => Promise.reject(new Error('SecurityError')),
      remove: () => Promise.reject(new Error('SecurityError')),
    };
    const store = await open(refusing);
    expect(store.getState().loaded).toBe(true);
    expect(store.getState().problem).toMatch(/^This browser would not open the drop boxes kept on this device\./);
  });
});
