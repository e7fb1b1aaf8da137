'use client';

import { useEffect, useState } from 'react';
import { formatBytes } from '@/lib/format';

interface Usage {
  used: number;
  available: number;
  persisted: boolean;
}

/** How much this site keeps on the device, how much room is left, and whether the browser may clear it. */
export default function StorageUsage({ watch }: { watch: unknown }) {
  const [usage, setUsage] = useState<Usage | null>(null);

  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    let current = true;
    Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(false)])
      .then(([{ usage: used = 0, quota = 0 }, persisted]) => {
        if (current) setUsage({ used, available: Math.max(0, quota - used), persisted });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [watch]);

  if (!usage) return null;
  return (
    <p className="mt-4 text-sm text-slate-700" data-testid="storage-usage">
      SourceCheck keeps {formatBytes(usage.used)} on this device, with room for about {formatBytes(usage.available)}{' '}
      more.{' '}
      {usage.persisted
        ? 'The browser keeps it until you clear this site’s data.'
        : 'The browser may clear it if the device runs short of space.'}
    </p>
  );
}
