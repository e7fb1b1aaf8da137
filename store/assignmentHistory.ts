import { startAttempt } from '@/lib/attempt';
import type { Slot } from '@/lib/progress/constants';
import { selectSlot, slotKey, withSlot, type createProgressStore } from './progress';

/**
 * What a result tells the teacher happened to an assignment on this device besides its answers. Apart from the
 * store's own actions, so that only the assignment page carries them, not every page that loads progress.
 */
type Store = ReturnType<typeof createProgressStore>;

/** A fresh attempt at the same questions; the result counts it. */
export function restartAssignment(
  store: Store,
  slot: Slot,
  now: number,
  assessment: boolean,
  answersFrom?: number,
): void {
  store.setState((s) =>
    withSlot(s, slot, (p) => {
      const last = p.current ?? p.finished.at(-1);
      if (!last) return p;
      return {
        ...p,
        current: startAttempt(last.kind, last.questionIds, now, assessment, answersFrom),
        restarts: (p.restarts ?? 0) + 1,
      };
    }),
  );
}

/** The student gave another name: the new name's result lists the earlier ones, at most five. */
export function renameAssignment(store: Store, from: Slot, fromName: string, to: Slot): void {
  store.setState((s) => {
    const old = selectSlot(s, from);
    if (!old || slotKey(from) === slotKey(to)) return {};
    const names = [...(old.renamedFrom ?? []), fromName];
    const renamed = withSlot(s, to, (p) => ({
      ...p,
      renamedFrom: [...new Set([...names, ...(p.renamedFrom ?? [])])].slice(-5),
    }));
    // The earlier name's attempt was never answered, so nothing of it is worth keeping.
    const unanswered = !old.finished.length && Object.keys(old.current?.answers ?? {}).length === 0;
    if (!unanswered) return renamed;
    const slots = { ...renamed[to.in] };
    delete slots[from.key];
    return { [to.in]: slots };
  });
}
