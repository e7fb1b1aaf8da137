/**
 * Why the device would not keep something, from the error its storage threw: a full disk, a browser that
 * blocks the site's storage outright, a database another tab is holding, or one that refuses a write for its
 * own reasons (old Safari's private windows throw on every write). Each asks something different of the student or teacher.
 */
export type StorageFailure = 'full' | 'blocked' | 'busy' | 'refused';

export function storageFailure(error: unknown): StorageFailure {
  const { name, code } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
  };
  // 22 and 1014 are the legacy codes of a full quota (WebKit and old Firefox), which some browsers still use.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return 'full';
  }
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'blocked';
  // Thrown by the app itself when another tab holds the database past the page's patience.
  if (name === 'TimeoutError') return 'busy';
  return 'refused';
}

/** Whether the device holds what the user did, said on the page and never assumed. */
export type SaveStatus = { saved: true } | { saved: false; failure: StorageFailure };

export const SAVED: SaveStatus = { saved: true };
