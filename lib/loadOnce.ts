/** Code fetched on demand and kept. */
export interface LoadOnce<T> {
  /** The code once it is in, so that a component can start with it in its first render; null before. */
  get: () => T | null;
  /** Fetches it once, or again after a load that failed (a dropped connection). */
  load: () => Promise<T>;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    get: () => loaded,
    load: () =>
      (loading ??= load().then(
        (value) => (loaded = value),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
  };
}
