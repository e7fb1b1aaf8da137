import { useState } from 'react';

/**
 * A question being written, kept on this device under `key` at each change, so that a reload finds it as the
 * teacher left it. `first` makes the first draft from what was kept (null when nothing was, or storage refused);
 * `kept` is false while the browser will not keep it, for the page to say so.
 */
export function useKeptDraft<T>(key: string, first: (stored: string | null) => T) {
  const [draft, setDraftState] = useState<T>(() => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(key);
    } catch {
      // Storage refused: the first draft is made from nothing, and `kept` says so once the teacher writes.
    }
    return first(stored);
  });
  const [kept, setKept] = useState(true);
  const setDraft = (next: T) => {
    setDraftState(next);
    try {
      localStorage.setItem(key, JSON.stringify(next));
      setKept(true);
    } catch {
      setKept(false);
    }
  };
  return { draft, setDraft, kept };
}
