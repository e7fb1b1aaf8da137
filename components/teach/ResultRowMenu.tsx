'use client';

import { useId, useState } from 'react';
import ConfirmButton from '@/components/ui/ConfirmButton';
import UserText from '@/components/ui/UserText';
import { useGradebookActions } from '@/store/gradebook';

/** What can be done to one result, behind a small button so that Delete is never the largest thing on a row. */
export default function ResultRowMenu({ name, checksum }: { name: string; checksum: string }) {
  const { deleteReceipt } = useGradebookActions();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {/* Relative, so its words for screen readers stay inside the table's scrolling box at 320 px. */}
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        className="relative min-h-11 min-w-11 rounded px-2 text-blue-900 underline"
        onClick={() => setOpen((o) => !o)}
      >
        More<span className="sr-only"> for {name}</span>
      </button>
      <span id={menuId} hidden={!open}>
        <ConfirmButton
          label={
            <>
              Delete <UserText>{name}</UserText>
            </>
          }
          question={
            <>
              Delete <UserText>{name}</UserText>’s result?
            </>
          }
          confirmLabel="Delete"
          onConfirm={() => deleteReceipt(checksum)}
        />
      </span>
    </span>
  );
}
