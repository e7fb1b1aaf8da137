'use client';

import { useEffect } from 'react';
import { progressStore } from '@/store/progress';

/** Loads the device's progress after the first render, so server HTML and first client render match. */
export default function StoreHydrator() {
  useEffect(() => {
    if (!progressStore.persist.hasHydrated()) void progressStore.persist.rehydrate();
  }, []);
  return null;
}
