/** @jest-environment node */
import type { Assignment } from '@/lib/assignment';
import { sealResult } from '@/lib/sealedResult';
import { openPosts, withDropBox, type TeacherBox } from '@/lib/teacherBox';

const assignment: Assignment = {
  version: 1,
  id: 'k3x9mp2a',
  questions: ['the-vote-itself'],
  shuffleQuestions: true,
  shuffleChoices: true,
  feedback: 'practice',
  title: 'Warm-up',
  due: '2026-12-10',
  contentVersion: '0badf00d',
};

const BOX = { id: 'A'.repeat(22), readToken: 'r'.repeat(43), expiresAt: 1_900_000_000_000 };

function serverAnswers(status: number, body: unknown) {
  const requests: { url: string; body: unknown }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, body: JSON.parse(String(init.body)) });
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
  return requests;
}

describe('opening a drop box for an assignment', () => {
  const realFetch = globalThis.fetch;
  beforeAll(() => Object.defineProperty(globalThis, 'isSecureContext', { value: true, configurable: true }));
  afterEach(() => (globalThis.fetch = realFetch));

  it('keeps the box and its key on the device, and puts only the box id and public key in the link', async () => {
    const requests = serverAnswers(201, BOX);
    const kept: TeacherBox[] = [];
    const opened = await withDropBox(assignment, async (box) => void kept.push(box));
    expect(requests).toEqual([{ url: '/api/boxes', body: { due: '2026-12-10' } }]);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ id: BOX.id, readToken: BOX.readToken, assignment: 'k3x9mp2a', title: 'Warm-up' });
    expect(opened).toEqual({
      ok: true,
      assignment: { ...assignment, dropBox: { id: BOX.id, key: kept[0]!.publicKey } },
    });
    expect(JSON.stringify(opened)).not.toContain(BOX.readToken);
    expect(JSON.stringify(opened)).not.toContain(String(kept[0]!.privateKey.d));
  });

  it('makes no link when the device will not keep the key, since nothing sent to it could be read', async () => {
    serverAnswers(201, BOX);
    const opened = await withDropBox(assignment, () => Promise.reject(new DOMException('full', 'QuotaExceededError')));
    expect(opened).toEqual({ ok: false, message: expect.stringContaining('would not keep the drop box’s key') });
  });

  it('passes on the server’s reason when it refuses', async () => {
    serverAnswers(429, { error: 'Too many drop boxes from here: try again in 20 minutes.' });
    const kept: TeacherBox[] = [];
    expect(await withDropBox(assignment, async (box) => void kept.push(box))).toEqual({
      ok: false,
      retry: true,
      message: 'Too many drop boxes from here: try again in 20 minutes.',
    });
    expect(kept).toEqual([]);
  });

  it('opens what students sealed for it, and names what would not open', async () => {
    serverAnswers(201, BOX);
    let box: TeacherBox | undefined;
    await withDropBox(assignment, async (kept) => void (box = kept));
    const sealed = await sealResult('r1.result', box!.publicKey, box!.id);
    const forOtherBox = await sealResult('r1.other', box!.publicKey, 'B'.repeat(22));
    expect(
      await openPosts(box!, [
        { id: 'one', ciphertext: sealed, receivedAt: 1 },
        { id: 'two', ciphertext: forOtherBox, receivedAt: 2 },
      ]),
    ).toEqual([
      { postId: 'one', token: 'r1.result' },
      { postId: 'two', problem: expect.stringContaining('would not open') },
    ]);
  });
});
