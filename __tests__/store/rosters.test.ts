import { IDBFactory } from 'fake-indexeddb';
import { rosterKey, type Roster } from '@/lib/roster';
import { indexedDbRosters } from '@/store/deviceDatabase';
import { createRostersStore } from '@/store/rosters';

async function open() {
  const store = createRostersStore(indexedDbRosters<Roster>(rosterKey));
  await store.getState().actions.load();
  return store;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('rosters on the device', () => {
  it('keeps a class’s names and the teacher’s joins across a reload, and a new list keeps the joins', async () => {
    const first = await open();
    await first.getState().actions.setNames('Civics 3', ['Ana Lopez', 'Benjamin Okafor'], 1);
    await first.getState().actions.join('civics  3', 'Ben O', 'Benjamin Okafor', 2);
    await first.getState().actions.setNames('Civics 3', ['Ana Lopez', 'Benjamin Okafor', 'Chen Wei'], 3);
    const second = await open();
    expect(second.getState().rosters[rosterKey('Civics 3')]).toEqual({
      className: 'Civics 3',
      names: ['Ana Lopez', 'Benjamin Okafor', 'Chen Wei'],
      joins: { 'ben o': 'Benjamin Okafor' },
      updatedAt: 3,
    });
  });

  it('merges a backup’s rosters by class without losing a name', async () => {
    const store = await open();
    await store.getState().actions.setNames('Civics 3', ['Ana'], 1);
    await store.getState().actions.mergeIn([
      { className: 'CIVICS 3', names: ['Ben'], joins: {}, updatedAt: 2 },
      { className: 'Civics 4', names: ['Dee'], joins: {}, updatedAt: 2 },
    ]);
    const reloaded = await open();
    expect(reloaded.getState().rosters[rosterKey('Civics 3')]?.names).toEqual(['Ben', 'Ana']);
    expect(reloaded.getState().rosters[rosterKey('Civics 4')]?.names).toEqual(['Dee']);
  });
});
