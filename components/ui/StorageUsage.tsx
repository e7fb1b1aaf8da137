'use client';

import { useEffect, useState } from 'react';
import { formatBytes } from '@/lib/format';

interface Usage {
  used: number;
  /** Unknown for localStorage, which browsers leave out of their estimate and cap on their own terms. */
  available: number | null;
  persisted: boolean;
}

function localStorageBytes(key: string): number {
  try {
    // Browsers keep localStorage as UTF-16: two bytes a character, for the key and the value.
    return ((window.localStorage.getItem(key)?.length ?? 0) + key.length) * 2;
  } catch {
    return 0;
  }
}

/**
 * How much this site keeps on the device, how much room is left, and whether the browser may clear it. With
 * `localKey`, what that one localStorage entry takes; otherwise the browser's estimate, which counts IndexedDB.
 */
export default function StorageUsage({ watch, localKey }: { watch: unknown; localKey?: string }) {
  const [usage, setUsage] = useState<Usage | null>(null);

  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    let current = true;
    Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(false)])
      .then(([{ usage: used = 0, quota = 0 }, persisted]) => {
        if (!current) return;
        setUsage(
          localKey
            ? { used: localStorageBytes(localKey), available: null, persisted }
            : { used, available: Math.max(0, quota - used), persisted },
        );
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [watch, localKey]);

  if (!usage) return null;
  return (
    <p className="mt-4 text-sm text-slate-700" data-testid="storage-usage">
      {usage.available === null
        ? `This takes ${formatBytes(usage.used)} on this device.`
        : `SourceCheck keeps ${formatBytes(usage.used)} on this device, with room for about ${formatBytes(usage.available)} more.`}{' '}
      {usage.persisted
        ? 'The browser keeps it until you clear this site’s data.'
        : 'The browser may clear it if the device runs short of space.'}
    </p>
  );
}
