'use client';

import { useId, useState, type ReactNode } from 'react';

interface ConfirmButtonProps {
  label: ReactNode;
  /** What will be lost, said before anything is. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}

/** A destructive action that asks first, in the page rather than in a blocking browser dialog. */
export default function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  if (!asking) {
    return (
      <button type="button" className="btn-secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      role="group"
      aria-labelledby={questionId}
      className="inline-flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 p-2"
    >
      <span id={questionId}>{question}</span>
      <button
        type="button"
        className="btn-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
