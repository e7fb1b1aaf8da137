import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { postSealedResult } from '@/lib/dropBoxRequests';
import {
  OutboxEntrySchema,
  mergedOutboxes,
  pruned,
  queued,
  settled,
  waiting,
  type OutboxEntry,
  type SendOutcome,
} from '@/lib/outbox';
import { OUTBOX_KEY } from '@/lib/outboxKey';
import { SAVED, storageFailure, type SaveStatus } from '@/lib/storageFailure';

interface OutboxState {
  entries: OutboxEntry[];
  /** Whether the device holds the outbox; when it does not, results wait in this page only. */
  saved: SaveStatus;
  sending: boolean;
}

interface OutboxActions {
  /** Keeps a sealed result to send, unless it is already kept; saved before anything is sent. */
  enqueue: (entry: OutboxEntry) => void;
  /** Sends what is waiting, oldest first, one at a time; stops at the first try that says "later". */
  send: () => Promise<void>;
}

interface OutboxOptions {
  storage?: () => Storage;
  post?: typeof postSealedResult;
  clock?: () => number;
}

/** Each entry is checked on its own: one damaged entry must not cost the others. */
function parseEntries(raw: string | null): OutboxEntry[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = OutboxEntrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The outbox is read from the device before every change and written straight after, rather than held by one
 * page: two tabs (or a tab and the retry on another page) then never write over each other's results.
 */
export function createOutboxStore({
  storage = () => window.localStorage,
  post = postSealedResult,
  clock = Date.now,
}: OutboxOptions = {}) {
  let sending: Promise<void> | null = null;
  /** Set when a result is queued or a send asked for while one runs: that run goes round again before it ends. */
  let again = false;

  return createStore<OutboxState & { actions: OutboxActions }>()((set, get) => {
    const read = (): OutboxEntry[] => {
      try {
        return mergedOutboxes(parseEntries(storage().getItem(OUTBOX_KEY)), get().entries);
      } catch {
        return get().entries;
      }
    };
    const write = (entries: OutboxEntry[]) => {
      const kept = pruned(entries, clock());
      let saved: SaveStatus = SAVED;
      try {
        storage().setItem(OUTBOX_KEY, JSON.stringify(kept));
      } catch (error) {
        saved = { saved: false, failure: storageFailure(error) };
      }
      set({ entries: kept, saved });
    };

    const sendAll = async () => {
      set({ sending: true });
      try {
        const tried = new Set<string>();
        do {
          again = false;
          for (const entry of waiting(read()).filter((e) => !tried.has(e.postId))) {
            tried.add(entry.postId);
            const answer = await post(entry.boxId, entry.postId, entry.sealed);
            const outcome: SendOutcome = answer.ok ? { sent: true, at: clock() } : { sent: false, ...answer };
            write(settled(read(), entry.postId, outcome));
            // The server is out of reach: what is left waits for the next load or for the device to be online.
            if (!answer.ok && answer.retry) return;
          }
        } while (again);
      } finally {
        set({ sending: false });
      }
    };

    return {
      entries: [],
      saved: SAVED,
      sending: false,
      actions: {
        enqueue: (entry) => {
          write(queued(read(), entry));
          again = true;
        },
        send: () => {
          again = true;
          return (sending ??= sendAll().finally(() => (sending = null)));
        },
      },
    };
  });
}

export const outboxStore = createOutboxStore();

/** Sends whatever waits now and each time the device comes back online; returns the cleanup. */
export function sendWhenOnline(target: Window): () => void {
  const send = () => void outboxStore.getState().actions.send();
  send();
  target.addEventListener('online', send);
  return () => target.removeEventListener('online', send);
}

export function useOutbox<T>(selector: (state: OutboxState) => T): T {
  return useStore(outboxStore, selector);
}

export function useOutboxActions(): OutboxActions {
  return useStore(outboxStore, (s) => s.actions);
}
