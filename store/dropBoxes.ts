import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { TeacherBox } from '@/lib/teacherBox';
import { indexedDbDropBoxes, type DeviceDatabase } from './deviceDatabase';
import { keepOnDevice } from './keepOnDevice';
import { readCheckedRecords } from './checkedRecords';

// The schema (and zod) loads only for a device with boxes to check: a gradebook without any loads neither.
const loadBoxSchema = async () => (await import('@/lib/teacherBox')).TeacherBoxSchema;

interface DropBoxState {
  boxes: TeacherBox[];
  loaded: boolean;
  /** Said when the device would not give or keep its drop boxes. */
  problem: string | null;
}

interface DropBoxActions {
  load: () => Promise<void>;
  /** Keeps a new box; resolves only once the device has it, since its results cannot be opened without it. */
  add: (box: TeacherBox) => Promise<void>;
  /** Forgets a box the server has closed or deleted. */
  forget: (id: string) => Promise<void>;
}

export function createDropBoxStore(database: DeviceDatabase<TeacherBox> = indexedDbDropBoxes<TeacherBox>()) {
  let loading: Promise<void> | null = null;
  return createStore<DropBoxState & { actions: DropBoxActions }>()((set, get) => ({
    boxes: [],
    loaded: false,
    problem: null,
    actions: {
      load: () =>
        (loading ??= readCheckedRecords(database, loadBoxSchema, ['drop box', 'drop boxes']).then(
          ({ records, problem }) =>
            set({
              boxes: [...records, ...get().boxes.filter((b) => !records.some((known) => known.id === b.id))],
              loaded: true,
              problem: problem && `${problem} Results sent to a box this device cannot open cannot be collected here.`,
            }),
        )),
      add: async (box) => {
        await database.put([box]);
        // The key is the only way to open the box's results: the browser is asked not to clear it to make room.
        keepOnDevice();
        set((s) => ({ boxes: [...s.boxes.filter((b) => b.id !== box.id), box] }));
      },
      forget: async (id) => {
        await database.remove([id]);
        set((s) => ({ boxes: s.boxes.filter((b) => b.id !== id) }));
      },
    },
  }));
}

export const dropBoxStore = createDropBoxStore();

export function useDropBoxes<T>(selector: (state: DropBoxState) => T): T {
  return useStore(dropBoxStore, selector);
}

export function useDropBoxActions(): DropBoxActions {
  return useStore(dropBoxStore, (s) => s.actions);
}
