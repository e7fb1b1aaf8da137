import { z } from 'zod';
import { acknowledgeResults, closeBox, createBox, fetchResults, postResult, RESULTS_PER_BOX } from './boxes';
import type { Database } from './database';
import { DropBoxError } from './errors';

// The drop box's HTTP contract on web-standard Request and Response, so the route handlers in app/api only pass
// requests through, and tests call these with real Requests.

export interface DropBoxService {
  database: Database;
  boxesPerHour: number;
  now: () => number;
}

/** The most a request body may hold: a 40,000-character ciphertext and its JSON, with room to spare. */
export const MAX_BODY_BYTES = 64 * 1024;
const POST_ID = /^[A-Za-z0-9_-]{16,64}$/;
const BOX_ID = /^[A-Za-z0-9_-]{22}$/;

const BAD_DUE = 'The due date must be written as YYYY-MM-DD.';
const BAD_POST_ID = 'A result’s id must be 16 to 64 letters, digits, dashes or underscores.';
const BAD_CIPHERTEXT = 'A result must be sent sealed by SourceCheck, as 126 to 40,000 base64url characters.';
const BAD_IDS = `The results to acknowledge must be a list of at most ${RESULTS_PER_BOX} result ids.`;

// Each field says in its own words what is wrong with it, missing or of the wrong kind.
const newBox = z.object({ due: z.string({ error: BAD_DUE }).optional() });
const postId = z.string({ error: BAD_POST_ID }).regex(POST_ID, BAD_POST_ID);
const newResult = z.object({
  id: postId,
  // The shape of lib/sealedResult.ts's output: its version byte 1 and an uncompressed key's 4 read "AQ", and its
  // header, IV and tag alone take 126 characters. Anything else cannot be a result, and would only fill the box.
  ciphertext: z.string({ error: BAD_CIPHERTEXT }).regex(/^AQ[A-Za-z0-9_-]{124,39998}$/, BAD_CIPHERTEXT),
});
const acknowledgement = z.object({ ids: z.array(postId, { error: BAD_IDS }).max(RESULTS_PER_BOX, BAD_IDS) });

const noStore = { 'Cache-Control': 'no-store' };
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...noStore, ...headers } });

const tooLarge = () => new DropBoxError(413, 'That is too large to send: a request may be at most 64 KiB.');
const notJson = () => new DropBoxError(400, 'The request was not readable: it must be JSON.');

/** Reads a JSON body of at most MAX_BODY_BYTES, refusing a larger one as soon as it is declared or has arrived. */
async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw notJson();
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.byteLength;
      if (received > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw notJson();
  }
}

async function readBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(request));
  if (!parsed.success) {
    // A body that is not an object at all has no field to blame.
    const issue = parsed.error.issues.find((each) => each.path.length > 0);
    throw new DropBoxError(400, issue?.message ?? 'The request was not readable: it must be a JSON object.');
  }
  return parsed.data;
}

/** The read token from `Authorization: Bearer <token>`, if there is one. */
const readTokenOf = (request: Request) => /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];

/**
 * The address a box's creation is counted against: the first X-Forwarded-For entry. `next start` sets the header
 * to the connecting address only when the request has none, so this is the client's address only where nothing
 * but a proxy that overwrites the header can reach the app (README, "The results drop box").
 */
const clientAddressOf = (request: Request) =>
  request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';

function boxIdOrRefuse(boxId: string): string {
  if (!BOX_ID.test(boxId)) {
    throw new DropBoxError(404, 'This drop box does not exist: it was closed, it expired, or the link is wrong.');
  }
  return boxId;
}

/** Runs one request; a refusal becomes its status and sentence, anything else a 500 that says nothing inside. */
async function respond(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DropBoxError) {
      const headers: Record<string, string> = {};
      if (error.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.retryAfterSeconds);
      return answer(error.status, { error: error.message }, headers);
    }
    // The message only: never a request's body.
    console.error(`Drop box: ${error instanceof Error ? error.message : String(error)}`);
    return answer(500, { error: 'The drop box is not working just now; try again in a few minutes.' });
  }
}

/** POST /api/boxes */
export const handleCreateBox = (request: Request, service: Promise<DropBoxService>) =>
  respond(async () => {
    const { database, boxesPerHour, now } = await service;
    const { due } = await readBody(request, newBox);
    const box = await createBox(database, { due, clientAddress: clientAddressOf(request), boxesPerHour, now: now() });
    return answer(201, box);
  });

/** POST /api/boxes/:id/results */
export const handlePostResult = (request: Request, boxId: string, service: Promise<DropBoxService>) =>
  respond(async () => {
    const { database, now } = await service;
    const result = await readBody(request, newResult);
    const outcome = await postResult(database, boxIdOrRefuse(boxId), result, now());
    return answer(outcome === 'stored' ? 201 : 200, { received: true });
  });

/** GET /api/boxes/:id/results */
export const handleFetchResults = (request: Request, boxId: string, service: Promise<DropBoxService>) =>
  respond(async () => {
    const { database, now } = await service;
    return answer(200, await fetchResults(database, boxIdOrRefuse(boxId), readTokenOf(request), now()));
  });

/** POST /api/boxes/:id/acknowledge */
export const handleAcknowledge = (request: Request, boxId: string, service: Promise<DropBoxService>) =>
  respond(async () => {
    const { database, now } = await service;
    const { ids } = await readBody(request, acknowledgement);
    const deleted = await acknowledgeResults(database, boxIdOrRefuse(boxId), readTokenOf(request), ids, now());
    return answer(200, { deleted });
  });

/** DELETE /api/boxes/:id */
export const handleCloseBox = (request: Request, boxId: string, service: Promise<DropBoxService>) =>
  respond(async () => {
    const { database, now } = await service;
    await closeBox(database, boxIdOrRefuse(boxId), readTokenOf(request), now());
    return answer(200, { closed: true });
  });
