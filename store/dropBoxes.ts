import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { TeacherBox } from '@/lib/teacherBox';
import { indexedDbDropBoxes, type DeviceDatabase } from './deviceDatabase';
import { keepOnDevice } from './keepOnDevice';

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
        (loading ??= database
          .all()
          .then(async (records) => {
            // The schema (and zod) loads only for a device with boxes to check: a gradebook without any loads neither.
            const schema = records.length > 0 ? (await import('@/lib/teacherBox')).TeacherBoxSchema : null;
            const boxes = records.flatMap((record) => {
              const parsed = schema?.safeParse(record);
              return parsed?.success ? [parsed.data] : [];
            });
            const unreadable = records.length - boxes.length;
            set({
              boxes: [...boxes, ...get().boxes.filter((b) => !boxes.some((known) => known.id === b.id))],
              loaded: true,
              problem:
                unreadable > 0
                  ? `${unreadable} drop box${unreadable === 1 ? '' : 'es'} on this device could not be read; ${unreadable === 1 ? 'its' : 'their'} results cannot be collected here.`
                  : null,
            });
          })
          .catch(() =>
            set({
              loaded: true,
              problem: 'This browser would not open its drop boxes, so results cannot be collected from them here.',
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
