'use client';

import { useState } from 'react';
import { useProgressActions } from '@/store/progress';

export default function ResetProgress() {
  const { resetProgress: reset } = useProgressActions();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);

  return (
    <section aria-labelledby="reset-heading" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="reset-heading" className="text-base font-semibold">
        Your progress on this device
      </h2>
      {confirming ? (
        <div role="group" aria-label="Confirm reset" className="mt-2 rounded border border-red-300 bg-red-50 p-4">
          <p>This deletes every score and every quiz in progress on this device. It cannot be undone.</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => {
                reset();
                setConfirming(false);
                setDone(true);
              }}
              className="btn-danger"
            >
              Yes, delete my progress
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="btn-secondary">
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            setDone(false);
          }}
          className="btn-secondary mt-2"
        >
          Reset my progress…
        </button>
      )}
      <p role="status" className="mt-2 text-sm">
        {done ? 'Your progress was deleted.' : ''}
      </p>
    </section>
  );
}
