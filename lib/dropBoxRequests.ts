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

/**
 * `retry`: worth trying again later; otherwise the server refused for good. Only the server's own refusal is final:
 * a school's web filter, a proxy's error page or a full box are all worth another try.
 */
export type Refusal = { ok: false; retry: boolean; message: string };
export type Answer<T> = ({ ok: true } & T) | Refusal;

const OFFLINE = 'SourceCheck could not reach its server: this device may be offline, or the server is down.';
const OFFLINE_OR_BLOCKED =
  'SourceCheck’s server did not answer as it does: something between this device and it (a school’s filter, a proxy) may be in the way.';
/** The server's refusals that another try cannot change: a malformed request, a wrong token, a box that is gone. */
const FINAL = new Set([400, 401, 404, 413]);

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
  if (response.ok && body && typeof body === 'object') return { ok: true, ...body };
  if (typeof body?.error === 'string') return { ok: false, retry: !FINAL.has(response.status), message: body.error };
  return { ok: false, retry: true, message: `${OFFLINE_OR_BLOCKED} (It answered ${response.status}.)` };
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
