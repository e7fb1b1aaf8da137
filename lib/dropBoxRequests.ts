/**
 * The app's side of the drop box server's API (app/api/boxes). Every call answers with what happened in words a
 * student or teacher can read, and never throws: a phone on a train loses its connection mid-request.
 */

export interface OpenedBox {
  id: string;
  readToken: string;
  expiresAt: number;
}

export interface SealedPost {
  id: string;
  ciphertext: string;
  receivedAt: number;
}

/** `retry`: worth trying again later (offline, the server down or busy); otherwise the server refused for good. */
export type Refusal = { ok: false; retry: boolean; message: string };
export type Answer<T> = ({ ok: true } & T) | Refusal;

const OFFLINE = 'SourceCheck could not reach its server: this device may be offline, or the server is down.';

async function request<T>(path: string, init: RequestInit, readToken?: string): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      cache: 'no-store',
      headers: {
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(readToken ? { Authorization: `Bearer ${readToken}` } : {}),
      },
    });
  } catch {
    return { ok: false, retry: true, message: OFFLINE };
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: unknown }) | null;
  if (response.ok && body) return { ok: true, ...body };
  const message =
    typeof body?.error === 'string' ? body.error : `The server answered ${response.status} without saying why.`;
  return { ok: false, retry: response.status >= 500 || response.status === 429, message };
}

const json = (value: unknown) => JSON.stringify(value);

export function openDropBox(due: string | undefined): Promise<Answer<OpenedBox>> {
  return request('/api/boxes', { method: 'POST', body: json(due ? { due } : {}) });
}

export function postSealedResult(boxId: string, postId: string, ciphertext: string): Promise<Answer<object>> {
  return request(`/api/boxes/${boxId}/results`, { method: 'POST', body: json({ id: postId, ciphertext }) });
}

export function fetchSealedResults(
  boxId: string,
  readToken: string,
): Promise<Answer<{ results: SealedPost[]; expiresAt: number }>> {
  return request(`/api/boxes/${boxId}/results`, { method: 'GET' }, readToken);
}

export function acknowledgeResults(boxId: string, readToken: string, ids: string[]): Promise<Answer<object>> {
  return request(`/api/boxes/${boxId}/acknowledge`, { method: 'POST', body: json({ ids }) }, readToken);
}

export function closeDropBox(boxId: string, readToken: string): Promise<Answer<object>> {
  return request(`/api/boxes/${boxId}`, { method: 'DELETE' }, readToken);
}

/** How long the server keeps a box (lib/dropBox decides), as the pages tell the teacher. */
export const BOX_KEPT_AFTER_DUE = '4 weeks after its due date (8 weeks after it was made, without one)';

/** Whether this copy of the app runs with its server; the static export has no drop box. */
export const DROP_BOX_AVAILABLE = process.env.NEXT_PUBLIC_DROP_BOX === '1';
