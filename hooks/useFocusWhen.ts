import { useEffect, useRef } from 'react';

/** A ref whose element takes focus when `when` is true on mount: feedback that just appeared, not a page load. */
export function useFocusWhen<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
