'use client';

import { useSyncExternalStore } from 'react';

const canShare = () => typeof navigator.share === 'function';

/** The device's share sheet, offered only where the browser has one. */
export default function ShareButton({ title, text, url }: { title: string; text: string; url: string }) {
  const available = useSyncExternalStore(
    () => () => {},
    canShare,
    () => false,
  );
  if (!available) return null;
  return (
    <button
      type="button"
      className="btn-secondary"
      onClick={() => navigator.share({ title, text, url }).catch(() => {})}
    >
      Share…
    </button>
  );
}
