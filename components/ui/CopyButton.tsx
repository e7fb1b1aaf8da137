'use client';

import { useState } from 'react';

/** Copies text and says so in words; where the clipboard is refused, it says to copy by hand. */
export default function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      setStatus('Copying was blocked: select the text and copy it by hand.');
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className="btn-primary" onClick={copy}>
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </span>
  );
}
