import type { Answer } from '@/lib/dropBoxRequests';
import type { OutboxEntry } from '@/lib/outbox';
import { OUTBOX_KEY } from '@/lib/outboxKey';
import { createOutboxStore } from '@/store/outbox';

const BOX = 'b'.repeat(22);

function entry(n: number, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    checksum: n.toString(16).padStart(8, '0'),
    postId: `post-${n}`.padEnd(16, '-'),
    boxId: BOX,
    sealed: `sealed${n}`,
    queuedAt: 1_700_000_000_000 + n * 1000,
    ...overrides,
  };
}

type Post = (box: string, postId: string, sealed: string) => Promise<Answer<object>>;

function outbox(post: Post, storage: Storage = window.localStorage) {
  let now = 1_800_000_000_000;
  return createOutboxStore({ storage: () => storage, post, clock: () => now++ });
}

const offline: Answer<object> = { ok: false, retry: true, message: 'Offline.' };

describe('the outbox', () => {
  beforeEach(() => window.localStorage.clear());

  it('sends oldest first, and marks sent only what the server confirmed', async () => {
    const sent: string[] = [];
    const store = outbox(async (_box, postId) => {
      sent.push(postId);
      return postId === entry(2).postId ? offline : { ok: true };
    });
    // Queued out of order: the one finished first goes first.
    store.getState().actions.enqueue(entry(3));
    store.getState().actions.enqueue(entry(1));
    store.getState().actions.enqueue(entry(2));
    await store.getState().actions.send();
    // Stopped at the first "try later": the third is not tried while the server is unreachable.
    expect(sent).toEqual([entry(1).postId, entry(2).postId]);
    const byId = Object.fromEntries(store.getState().entries.map((e) => [e.postId, e]));
    expect(byId[entry(1).postId]!.sentAt).toBeDefined();
    expect(byId[entry(2).postId]).toMatchObject({ lastProblem: 'Offline.' });
    expect(byId[entry(2).postId]!.sentAt).toBeUndefined();
    expect(byId[entry(3).postId]!.sentAt).toBeUndefined();

    // Back online: the two still waiting go, in order, and the sent one is never sent again.
    sent.length = 0;
    const again = outbox(async (_box, postId) => (sent.push(postId), { ok: true }));
    await again.getState().actions.send();
    expect(sent).toEqual([entry(2).postId, entry(3).postId]);
  });

  it('keeps a result refused for good, says why, and goes on with the rest', async () => {
    const sent: string[] = [];
    const store = outbox(async (_box, postId) => {
      sent.push(postId);
      return postId === entry(1).postId
        ? { ok: false, retry: false, message: 'This drop box is closed.' }
        : { ok: true };
    });
    store.getState().actions.enqueue(entry(1));
    store.getState().actions.enqueue(entry(2));
    await store.getState().actions.send();
    await store.getState().actions.send();
    expect(sent).toEqual([entry(1).postId, entry(2).postId]);
    expect(store.getState().entries.find((e) => e.postId === entry(1).postId)).toMatchObject({
      refused: 'This drop box is closed.',
    });
  });

  it('keeps one entry a result, with its first post id, however often its page opens', () => {
    const store = outbox(async () => ({ ok: true }));
    store.getState().actions.enqueue(entry(1));
    store.getState().actions.enqueue(entry(1, { postId: 'another-post-id-x', queuedAt: 5 }));
    expect(store.getState().entries).toEqual([entry(1)]);
    expect(JSON.parse(window.localStorage.getItem(OUTBOX_KEY)!)).toEqual([entry(1)]);
  });

  it('sends once when two calls overlap', async () => {
    const sent: string[] = [];
    const store = outbox(async (_box, postId) => (sent.push(postId), { ok: true }));
    store.getState().actions.enqueue(entry(1));
    await Promise.all([store.getState().actions.send(), store.getState().actions.send()]);
    expect(sent).toEqual([entry(1).postId]);
  });

  it('sends a result queued while an earlier one is still on its way', async () => {
    const sent: string[] = [];
    let answerFirst: () => void = () => undefined;
    const store = outbox(async (_box, postId) => {
      sent.push(postId);
      if (postId === entry(1).postId) await new Promise<void>((resolve) => (answerFirst = resolve));
      return { ok: true };
    });
    store.getState().actions.enqueue(entry(1));
    const first = store.getState().actions.send();
    await Promise.resolve();
    // The student finishes another assignment while the slow server has not answered the first.
    store.getState().actions.enqueue(entry(2));
    const second = store.getState().actions.send();
    answerFirst();
    await Promise.all([first, second]);
    expect(sent).toEqual([entry(1).postId, entry(2).postId]);
    expect(store.getState().entries.every((e) => e.sentAt !== undefined)).toBe(true);
  });

  it('does not lose what another tab queued in the meantime', async () => {
    const first = outbox(async () => ({ ok: true }));
    const second = outbox(async () => ({ ok: true }));
    first.getState().actions.enqueue(entry(1));
    second.getState().actions.enqueue(entry(2));
    await first.getState().actions.send();
    const stored: OutboxEntry[] = JSON.parse(window.localStorage.getItem(OUTBOX_KEY)!);
    expect(stored.map((e) => [e.postId, e.sentAt !== undefined])).toEqual([
      [entry(1).postId, true],
      [entry(2).postId, true],
    ]);
  });

  it('says so when the device will not keep the outbox, and still sends from memory', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const sent: string[] = [];
    const store = outbox(async (_box, postId) => (sent.push(postId), { ok: true }), full);
    store.getState().actions.enqueue(entry(1));
    expect(store.getState().saved).toEqual({ saved: false, failure: 'full' });
    await store.getState().actions.send();
    expect(sent).toEqual([entry(1).postId]);
  });

  it('skips a damaged entry on the device and keeps the good ones', async () => {
    window.localStorage.setItem(OUTBOX_KEY, JSON.stringify([{ checksum: 'nope' }, entry(1)]));
    const sent: string[] = [];
    await outbox(async (_box, postId) => (sent.push(postId), { ok: true }))
      .getState()
      .actions.send();
    expect(sent).toEqual([entry(1).postId]);
  });
});
