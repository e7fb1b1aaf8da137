'use client';

import { useEffect } from 'react';
import { OUTBOX_KEY } from '@/lib/outboxKey';

/**
 * A result still waiting for the teacher's drop box is sent again on whatever page the student opens next, and
 * when the device comes back online. The outbox's code loads only on a device that has one.
 */
export default function OutboxRetry() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    let has = false;
    try {
      has = window.localStorage.getItem(OUTBOX_KEY) !== null;
    } catch {
      // Storage blocked: no outbox was kept, so there is nothing to send.
    }
    if (has)
      void import('@/store/outbox').then(({ sendWhenOnline }) => {
        if (!left) stop = sendWhenOnline(window);
      });
    return () => {
      left = true;
      stop?.();
    };
  }, []);
  return null;
}
