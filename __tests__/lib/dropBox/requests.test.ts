/** @jest-environment node */
import type { Database } from '@/lib/dropBox/database';
import {
  type DropBoxService,
  handleAcknowledge,
  handleCloseBox,
  handleCreateBox,
  handleFetchResults,
  handlePostResult,
  MAX_BODY_BYTES,
} from '@/lib/dropBox/requests';
import { backends } from './backends';

// The HTTP contract, through the functions the route handlers in app/api hand their Requests to.

const NOW = Date.parse('2026-03-02T10:00:00Z');
/** The shape of a sealed result (lib/sealedResult.ts): version 1, then an uncompressed key, at least 126 characters. */
const SEALED = `AQ${'A'.repeat(124)}`;
const origin = 'http://127.0.0.1:3000';
const json = { 'Content-Type': 'application/json' };

let postCounter = 0;
const newPostId = () => `request-post-${String(++postCounter).padStart(8, '0')}`;

/** A request with JSON headers; a body that is not a string is sent as its JSON. */
const send = (
  path: string,
  {
    body,
    headers,
    ...init
  }: Omit<RequestInit, 'body' | 'headers'> & { body?: unknown; headers?: Record<string, string> } = {},
) =>
  new Request(`${origin}${path}`, {
    ...init,
    headers: { ...json, ...headers },
    body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
  });

// PGlite takes seconds to start on a busy machine, and a box is filled with 500 results one by one.
jest.setTimeout(60_000);

describe.each(backends)('the drop box’s requests on $name', (backend) => {
  let database: Database;
  let service: Promise<DropBoxService>;
  beforeAll(async () => {
    database = await backend.open();
    service = Promise.resolve({ database, boxesPerHour: 3, now: () => NOW });
  });
  afterAll(() => database?.close());

  let addressCounter = 0;
  /** Asks for a box from an address of its own, so the limit of boxes an hour is reached only where a test means to. */
  const create = (body: unknown) =>
    handleCreateBox(
      send('/api/boxes', {
        method: 'POST',
        body,
        headers: { 'X-Forwarded-For': `192.0.2.${++addressCounter}, 10.0.0.1` },
      }),
      service,
    );
  async function newBox(body: unknown = {}) {
    const response = await create(body);
    return { response, body: await response.json() };
  }
  const post = (boxId: string, body: unknown, init: { headers?: Record<string, string> } = {}) =>
    handlePostResult(send(`/api/boxes/${boxId}/results`, { method: 'POST', body, ...init }), boxId, service);
  const fetchAs = (boxId: string, token?: string) =>
    handleFetchResults(
      send(`/api/boxes/${boxId}/results`, { headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } }),
      boxId,
      service,
    );
  const held = async (boxId: string) =>
    (await database.query('SELECT 1 FROM drop_box_results WHERE box_id = $1', [boxId])).length;

  /** The status and sentence of a refusal, checking it is the shape every error has. */
  async function refusal(response: Response) {
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = await response.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatch(/^[A-Z].+\.$/);
    return { status: response.status, error: body.error as string };
  }

  it('creates a box: 201 with its id, read token and expiry, not to be cached', async () => {
    const { response, body } = await newBox({ due: '2026-03-10' });
    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(body).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      readToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: Date.parse('2026-03-11T00:00:00Z') + 28 * 24 * 60 * 60 * 1000,
    });
  });

  it.each([
    [{ due: '2026-13-01' }, 'The due date must be a real date, written as YYYY-MM-DD.'],
    [{ due: 20260310 }, 'The due date must be written as YYYY-MM-DD.'],
    [{ due: '2028-01-01' }, 'The due date must be within a year from today.'],
    ['[]', 'The request was not readable: it must be a JSON object.'],
    ['null', 'The request was not readable: it must be a JSON object.'],
    ['{"due": ', 'The request was not readable: it must be JSON.'],
  ])('refuses to create a box from %j', async (body, error) => {
    expect(await refusal(await create(body))).toEqual({ status: 400, error });
  });

  it('counts boxes against the first X-Forwarded-For address, and says when to try again', async () => {
    const create = () =>
      handleCreateBox(
        send('/api/boxes', { method: 'POST', body: {}, headers: { 'X-Forwarded-For': '198.51.100.1, 10.0.0.2' } }),
        service,
      );
    for (let n = 0; n < 3; n++) expect((await create()).status).toBe(201);
    const refused = await create();
    expect(refused.headers.get('Retry-After')).toBe('3600');
    expect(await refusal(refused)).toEqual({
      status: 429,
      error: 'This device has created 3 drop boxes in the last hour; try again in 60 minutes.',
    });
  });

  it('takes a result once: 201, then 200 for the retry, and the teacher fetches it once', async () => {
    const { body: box } = await newBox();
    const result = { id: newPostId(), ciphertext: `AQ${'A'.repeat(39_998)}` };
    const first = await post(box.id, result);
    expect(first.status).toBe(201);
    expect(first.headers.get('Cache-Control')).toBe('no-store');
    expect(await first.json()).toEqual({ received: true });
    const retry = await post(box.id, result);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ received: true });
    const fetched = await fetchAs(box.id, box.readToken);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('Cache-Control')).toBe('no-store');
    expect(await fetched.json()).toEqual({
      results: [{ id: result.id, ciphertext: result.ciphertext, receivedAt: NOW }],
      expiresAt: box.expiresAt,
    });
  });

  it.each([
    ['no post id', { ciphertext: SEALED }, 'A result’s id must be 16 to 64 letters, digits, dashes or underscores.'],
    [
      'no ciphertext',
      { id: 'abcdefghijklmnop' },
      'A result must be sent sealed by SourceCheck, as 126 to 40,000 base64url characters.',
    ],
    [
      'a short post id',
      { id: 'short', ciphertext: SEALED },
      'A result’s id must be 16 to 64 letters, digits, dashes or underscores.',
    ],
    [
      'a post id with a slash',
      { id: 'abcdefgh/ijklmnop', ciphertext: SEALED },
      'A result’s id must be 16 to 64 letters, digits, dashes or underscores.',
    ],
    [
      'an empty ciphertext',
      { id: 'abcdefghijklmnop', ciphertext: '' },
      'A result must be sent sealed by SourceCheck, as 126 to 40,000 base64url characters.',
    ],
    [
      'a ciphertext of 40,001 characters',
      { id: 'abcdefghijklmnop', ciphertext: `AQ${'A'.repeat(39_999)}` },
      'A result must be sent sealed by SourceCheck, as 126 to 40,000 base64url characters.',
    ],
    [
      'base64url that is not a sealed result',
      { id: 'abcdefghijklmnop', ciphertext: 'A'.repeat(2000) },
      'A result must be sent sealed by SourceCheck, as 126 to 40,000 base64url characters.',
    ],
    [
      'a plain-text answer',
      { id: 'abcdefghijklmnop', ciphertext: 'Alex: 9 of 10' },
      'A result must be sent sealed by SourceCheck, as 126 to 40,000 base64url characters.',
    ],
    ['broken JSON', '{"id": "abcdefghijklmnop", ', 'The request was not readable: it must be JSON.'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'The request was not readable: it must be JSON.'],
  ])('refuses a result with %s (400) and stores nothing', async (_, body, error) => {
    const { body: box } = await newBox();
    const response = await handlePostResult(
      new Request(`${origin}/api/boxes/${box.id}/results`, {
        method: 'POST',
        headers: json,
        body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      }),
      box.id,
      service,
    );
    expect(await refusal(response)).toEqual({ status: 400, error });
    expect(await held(box.id)).toBe(0);
  });

  it('refuses a body that is not declared as JSON', async () => {
    const { body: box } = await newBox();
    const response = await post(box.id, JSON.stringify({ id: newPostId(), ciphertext: SEALED }), {
      headers: { 'Content-Type': 'text/plain' },
    });
    expect((await refusal(response)).status).toBe(400);
    expect(await held(box.id)).toBe(0);
  });

  it('refuses a body declared larger than 64 KiB before reading it', async () => {
    const { body: box } = await newBox();
    let pulled = 0;
    const body = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await handlePostResult(
      new Request(`${origin}/api/boxes/${box.id}/results`, {
        method: 'POST',
        headers: { ...json, 'Content-Length': String(MAX_BODY_BYTES + 1) },
        body,
        duplex: 'half',
      } as RequestInit),
      box.id,
      service,
    );
    expect(await refusal(response)).toEqual({
      status: 413,
      error: 'That is too large to send: a request may be at most 64 KiB.',
    });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading an undeclared body as soon as it passes 64 KiB, and stores nothing', async () => {
    const { body: box } = await newBox();
    let pulled = 0;
    const endless = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(
          new TextEncoder().encode(pulled === 1 ? `{"id":"${newPostId()}","ciphertext":"` : 'A'.repeat(4096)),
        );
      },
    });
    const response = await handlePostResult(
      new Request(`${origin}/api/boxes/${box.id}/results`, {
        method: 'POST',
        headers: json,
        body: endless,
        duplex: 'half',
      } as RequestInit),
      box.id,
      service,
    );
    expect((await refusal(response)).status).toBe(413);
    // 64 KiB in 4 KiB chunks, and the few a stream reads ahead: never the unbounded rest.
    expect(pulled).toBeLessThan(24);
    expect(await held(box.id)).toBe(0);
  });

  it('takes a body of just under 64 KiB', async () => {
    const { body: box } = await newBox();
    const body = JSON.stringify({ id: newPostId(), ciphertext: `AQ${'A'.repeat(39_998)}` }).padEnd(MAX_BODY_BYTES, ' ');
    expect((await post(box.id, body)).status).toBe(201);
  });

  it('says a box that does not exist, or whose id is malformed, is not there (404)', async () => {
    for (const boxId of ['AAAAAAAAAAAAAAAAAAAAAA', 'not-a-box', '..%2F..%2Fetc']) {
      const response = await post(boxId, { id: newPostId(), ciphertext: SEALED });
      expect(await refusal(response)).toEqual({
        status: 404,
        error: 'This drop box does not exist: it was closed, it expired, or the link is wrong.',
      });
      expect((await fetchAs(boxId, 'token')).status).toBe(404);
    }
  });

  it('says a full box is full (409) and stores nothing', async () => {
    const { body: box } = await newBox();
    await database.query('UPDATE drop_boxes SET held = 500 WHERE id = $1', [box.id]);
    const response = await post(box.id, { id: newPostId(), ciphertext: SEALED });
    const { status, error } = await refusal(response);
    expect(status).toBe(409);
    expect(error).toMatch(/^This drop box is full/);
    expect(await held(box.id)).toBe(0);
  });

  it('refuses to hand results over without the read token, or with a wrong one (401)', async () => {
    const { body: box } = await newBox();
    await post(box.id, { id: newPostId(), ciphertext: SEALED });
    expect((await refusal(await fetchAs(box.id))).status).toBe(401);
    expect((await refusal(await fetchAs(box.id, 'wrong'))).status).toBe(401);
    const basic = handleFetchResults(
      send(`/api/boxes/${box.id}/results`, { headers: { Authorization: `Basic ${box.readToken}` } }),
      box.id,
      service,
    );
    expect((await refusal(await basic)).status).toBe(401);
  });

  it('deletes what the teacher acknowledges, then closes the box', async () => {
    const { body: box } = await newBox();
    const ids = [newPostId(), newPostId()];
    for (const id of ids) await post(box.id, { id, ciphertext: SEALED });
    const acknowledge = (body: unknown, token = box.readToken) =>
      handleAcknowledge(
        send(`/api/boxes/${box.id}/acknowledge`, {
          method: 'POST',
          body,
          headers: { Authorization: `Bearer ${token}` },
        }),
        box.id,
        service,
      );
    expect((await refusal(await acknowledge({ ids }, 'wrong'))).status).toBe(401);
    expect((await refusal(await acknowledge({ ids: Array.from({ length: 501 }, newPostId) }))).status).toBe(400);
    expect((await refusal(await acknowledge({ ids: 'all' }))).status).toBe(400);
    const acknowledged = await acknowledge({ ids: [ids[0]] });
    expect(acknowledged.status).toBe(200);
    expect(await acknowledged.json()).toEqual({ deleted: 1 });
    expect((await (await fetchAs(box.id, box.readToken)).json()).results).toHaveLength(1);

    const close = (token: string) =>
      handleCloseBox(
        send(`/api/boxes/${box.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }),
        box.id,
        service,
      );
    expect((await refusal(await close('wrong'))).status).toBe(401);
    const closed = await close(box.readToken);
    expect(closed.status).toBe(200);
    expect(await closed.json()).toEqual({ closed: true });
    expect((await fetchAs(box.id, box.readToken)).status).toBe(404);
    expect(await held(box.id)).toBe(0);
  });

  it('answers 500 in a plain sentence, and logs no body, when the database fails', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: Database = { ...database, query: () => Promise.reject(new Error('connection refused')) };
    const ciphertext = `AQ${'U2VjcmV0'.repeat(20)}`;
    const response = await handlePostResult(
      send('/api/boxes/AAAAAAAAAAAAAAAAAAAAAA/results', { method: 'POST', body: { id: newPostId(), ciphertext } }),
      'AAAAAAAAAAAAAAAAAAAAAA',
      Promise.resolve({
        database: { ...failing, transaction: (work) => work(failing) },
        boxesPerHour: 3,
        now: () => NOW,
      }),
    );
    expect(await refusal(response)).toEqual({
      status: 500,
      error: 'The drop box is not working just now; try again in a few minutes.',
    });
    expect(logged).toHaveBeenCalledWith('Drop box: connection refused');
    expect(JSON.stringify(logged.mock.calls)).not.toContain(ciphertext);
    logged.mockRestore();
  });
});
