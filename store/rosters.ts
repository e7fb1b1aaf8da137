import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { joinName, mergeRosters, rosterKey, RosterSchema, type Roster } from '@/lib/roster';
import { readCheckedRecords } from './checkedRecords';
import { indexedDbRosters, type DeviceDatabase } from './deviceDatabase';

interface RostersState {
  /** By the class's loose name (rosterKey). */
  rosters: Record<string, Roster>;
  loaded: boolean;
  problem: string | null;
}

interface RostersActions {
  load: () => Promise<void>;
  /** Keeps a class's names, with the joins it had; rejects when the device will not keep them. */
  setNames: (className: string, names: string[], now?: number) => Promise<void>;
  /** Joins a name a student typed to the roster entry it is, kept before the page counts it. */
  join: (className: string, resultName: string, entry: string, now?: number) => Promise<void>;
  /** Adds rosters from a backup, merged by class: no name or join here is lost. */
  mergeIn: (rosters: readonly Roster[]) => Promise<void>;
}

export type RostersStore = RostersState & { actions: RostersActions };

export function createRostersStore(database: DeviceDatabase<Roster> = indexedDbRosters<Roster>(rosterKey)) {
  let loading: Promise<void> | null = null;
  return createStore<RostersStore>()((set, get) => {
    const write = async (changed: Roster[]) => {
      if (changed.length === 0) return;
      await database.put(changed);
      set((s) => ({
        rosters: { ...s.rosters, ...Object.fromEntries(changed.map((r) => [rosterKey(r.className), r])) },
      }));
    };
    const existing = (className: string) => get().rosters[rosterKey(className)];
    return {
      rosters: {},
      loaded: false,
      problem: null,
      actions: {
        load: () =>
          (loading ??= readCheckedRecords(database, () => RosterSchema, ['roster', 'rosters']).then(
            ({ records, problem }) =>
              set((s) => ({
                rosters: { ...Object.fromEntries(records.map((r) => [rosterKey(r.className), r])), ...s.rosters },
                loaded: true,
                problem,
              })),
          )),
        setNames: (className, names, now = Date.now()) =>
          write([{ className, names, joins: existing(className)?.joins ?? {}, updatedAt: now }]),
        join: async (className, resultName, entry, now = Date.now()) => {
          const roster = existing(className);
          if (roster) await write([joinName(roster, resultName, entry, now)]);
        },
        mergeIn: (incoming) =>
          write(
            incoming.flatMap((roster) => {
              const here = existing(roster.className);
              const merged = here ? mergeRosters(here, roster) : roster;
              return here && JSON.stringify(merged) === JSON.stringify(here) ? [] : [merged];
            }),
          ),
      },
    };
  });
}

export const rostersStore = createRostersStore();

export function useRosters<T>(selector: (state: RostersStore) => T): T {
  return useStore(rostersStore, selector);
}

export function useRostersActions(): RostersActions {
  return useStore(rostersStore, (s) => s.actions);
}
