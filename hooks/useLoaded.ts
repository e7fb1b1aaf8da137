import { useEffect, useState } from 'react';
import type { LoadOnce } from '@/lib/loadOnce';

/**
 * Code that is not in the page's first scripts, loaded once the component that needs it has mounted and `wanted`
 * is true: null until it is in, and at once from the first render when it already is (React.lazy would suspend
 * each first render, and reveal it up to 300 ms late). `failed` says the last load failed; it is tried again when
 * `retry` changes.
 */
export function useLoaded<T>(code: LoadOnce<T>, wanted = true, retry?: unknown): { loaded: T | null; failed: boolean } {
  const [loaded, setLoaded] = useState(code.get);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded || !wanted) return;
    code.load().then(
      (value) => {
        setLoaded(() => value);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [code, loaded, wanted, retry]);
  return { loaded, failed };
}
