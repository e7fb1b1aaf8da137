import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import 'fake-indexeddb/auto';
import DropBoxInbox from '@/components/teach/DropBoxInbox';
import { contentVersion } from '@/lib/assignment';
import { questionLookup } from '@/lib/content/refs';
import { encodeReceipt, makeReceipt, receiptReader } from '@/lib/receipt';
import { createBoxKeys, sealResult } from '@/lib/sealedResult';
import type { TeacherBox } from '@/lib/teacherBox';
import { dropBoxStore } from '@/store/dropBoxes';
import { gradebookStore } from '@/store/gradebook';
import { makeQuestion, makeQuiz } from '../../fixtures';

const quiz = makeQuiz([makeQuestion({ id: 'one' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);
const lookup = questionLookup([quiz]);
const refs = ['china-and-iran/one', 'china-and-iran/two'];
const receiptOf = (name: string, version = contentVersion(refs, lookup)) =>
  encodeReceipt(
    makeReceipt({
      assignment: 'b0x3d001',
      name,
      questions: refs,
      answers: [['considered'], ['never']],
      correct: 1,
      startedAt: 1_700_000_000_000,
      finishedAt: 1_700_000_300_000,
      contentVersion: version,
    }),
  );

/** The drop box server as the page sees it, in memory: what it holds, and what it was told to delete. */
function fakeServer(box: TeacherBox) {
  const held = new Map<string, string>();
  const acknowledged: string[] = [];
  let closed = false;
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    // jsdom has no Response: what the page reads of one.
    const reply = (status: number, body: unknown) => ({ ok: status < 300, status, json: async () => body }) as Response;
    if (closed) return reply(404, { error: 'This drop box does not exist.' });
    if (url === `/api/boxes/${box.id}/results` && init.method === 'GET')
      return reply(200, {
        results: [...held].map(([id, ciphertext]) => ({ id, ciphertext, receivedAt: 1 })),
        expiresAt: box.expiresAt,
      });
    if (url === `/api/boxes/${box.id}/acknowledge`) {
      const { ids } = JSON.parse(String(init.body)) as { ids: string[] };
      ids.forEach((id) => held.delete(id));
      acknowledged.push(...ids);
      return reply(200, { deleted: ids.length });
    }
    if (url === `/api/boxes/${box.id}` && init.method === 'DELETE') {
      closed = true;
      return reply(200, { closed: true });
    }
    return reply(400, { error: 'Unexpected request.' });
  }) as typeof fetch;
  return {
    held,
    acknowledged,
    post: async (id: string, token: string) => held.set(id, await sealResult(token, box.publicKey, box.id)),
    isClosed: () => closed,
  };
}

let box: TeacherBox;
beforeAll(async () => {
  const keys = await createBoxKeys();
  box = {
    id: 'D'.repeat(22),
    readToken: 't'.repeat(43),
    ...keys,
    privateKey: keys.privateKey as Record<string, unknown>,
    assignment: 'b0x3d001',
    title: 'Sealed quiz',
    createdAt: 1,
    expiresAt: Date.UTC(2027, 0, 5),
  };
  await gradebookStore.getState().actions.load();
  await dropBoxStore.getState().actions.add(box);
});

describe('DropBoxInbox', () => {
  it('imports what opens and passes the checks, and lets the server delete only that and what nothing could open', async () => {
    const server = fakeServer(box);
    await server.post('post-good-0000000001', receiptOf('Ana Lopez'));
    await server.post('post-other-000000001', receiptOf('Ben Okafor', 'deadbeef'));
    server.held.set('post-junk-0000000001', 'AQ' + 'A'.repeat(200));
    render(<DropBoxInbox read={receiptReader(lookup)} />);

    await waitFor(() => expect(screen.getByText(/Checked at .*: 1 new result\./)).toBeInTheDocument());
    expect(gradebookStore.getState().receipts.map((r) => r.name)).toEqual(['Ana Lopez']);
    expect(server.acknowledged.sort()).toEqual(['post-good-0000000001', 'post-junk-0000000001']);
    // The one from another version of the quizzes stays in the box, and the teacher is told why.
    expect([...server.held.keys()]).toEqual(['post-other-000000001']);
    expect(screen.getByText(/1 result in the drop box failed SourceCheck’s checks/)).toBeInTheDocument();
    expect(screen.getByText(/Ben Okafor|different version|content/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 new result for Sealed quiz');
  });

  it('collects once more before closing, and asks again before deleting what is still held', async () => {
    const server = fakeServer(box);
    render(<DropBoxInbox read={receiptReader(lookup)} />);
    await waitFor(() => expect(screen.getByText(/Checked at/)).toBeInTheDocument());
    // Sent after the last check: closing must not lose it, and one the checks refuse, which stays in the box.
    await server.post('post-late-0000000001', receiptOf('Chen Wei'));
    await server.post('post-other-000000002', receiptOf('Dana Reyes', 'deadbeef'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Close this drop box' }));
    await user.click(screen.getByRole('button', { name: 'Close it' }));
    await waitFor(() => expect(gradebookStore.getState().receipts.map((r) => r.name)).toContain('Chen Wei'));
    // The refused one is still there: closing now would delete it, so it asks.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Close it and delete the 1 result still in it' })).toBeInTheDocument(),
    );
    expect(server.isClosed()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Close it and delete the 1 result still in it' }));
    await user.click(screen.getByRole('button', { name: 'Close and delete them' }));
    await waitFor(() => expect(server.isClosed()).toBe(true));
    await waitFor(() => expect(dropBoxStore.getState().boxes).toEqual([]));
    await act(async () => undefined);
  });
});
