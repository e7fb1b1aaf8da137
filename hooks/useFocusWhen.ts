import { useEffect, useRef } from 'react';

/** A ref whose element takes focus when `when` is true on mount: feedback that just appeared, not a page load. */
export function useFocusWhen<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!when) return;
    // Just after the frame that first shows the element: focusing lays the page out at once, which on a slow phone
    // held back the paint of what the student had just asked for (the feedback after Check).
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => ref.current?.focus());
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [when]);
  return ref;
}
