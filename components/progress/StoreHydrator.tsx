'use client';

import { useEffect } from 'react';
import { followOtherTabs, progressStore } from '@/store/progress';

/**
 * Loads the device's progress after the first render, so server HTML and first client render
 * match, and keeps it in step with the app's other tabs.
 */
export default function StoreHydrator() {
  useEffect(() => {
    if (!progressStore.persist.hasHydrated()) void progressStore.persist.rehydrate();
    return followOtherTabs(progressStore, window);
  }, []);
  return null;
}
