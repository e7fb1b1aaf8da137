'use client';

import { lazy, Suspense, useId, useRef, useState } from 'react';

// The panel's code loads when a student first opens it, so no page carries it in its first scripts.
const TextSettingsPanel = lazy(() => import('./TextSettingsPanel'));

/** The header's "Text" control, on every page: opens and closes the text settings below the header. */
export default function TextSettingsButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className="inline-flex min-h-11 items-center text-blue-900 underline-offset-2 hover:underline"
      >
        {/* "Text" on screen, so the header fits one line on a phone; the whole name for screen readers. */}
        Text<span className="sr-only"> settings</span>
      </button>
      {open && (
        <Suspense fallback={<p className="basis-full py-2 text-sm">Opening the text settings…</p>}>
          <TextSettingsPanel id={panelId} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
