'use client';

import { useState } from 'react';
import ConfirmButton from '@/components/ui/ConfirmButton';
import { progressStore, useProgressActions } from '@/store/progress';

export default function ResetProgress() {
  const { resetProgress: reset } = useProgressActions();
  const [message, setMessage] = useState('');

  return (
    <section aria-labelledby="reset-heading" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="reset-heading" className="text-base font-semibold">
        Your progress on this device
      </h2>
      <div className="mt-2">
        <ConfirmButton
          label="Reset my progress…"
          question="This deletes every score and every quiz in progress on this device. It cannot be undone."
          confirmLabel="Yes, delete my progress"
          onConfirm={() => {
            reset();
            // Deleted means deleted from the device: a device that refused the write still holds the old copy.
            const saves = progressStore.saves.get();
            // Where storage is blocked nothing was ever saved, so clearing the page deletes it all.
            setMessage(
              saves.saved || saves.failure === 'blocked'
                ? 'Your progress was deleted.'
                : 'Your progress was cleared from this page, but this device did not let SourceCheck delete its saved copy: it comes back when you reload.',
            );
          }}
        />
      </div>
      <p role="status" className="mt-2 text-sm">
        {message}
      </p>
    </section>
  );
}
