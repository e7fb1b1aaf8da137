'use client';

import { Suspense, useId, useState } from 'react';
import GlossaryDefinition, { loadDefinitions } from '@/components/ui/GlossaryDefinition';
import type { GlossaryTermData } from '@/components/ui/GlossaryProvider';

/**
 * A hard word in the text, as a button that shows its definition just after it: in reading order, so a screen
 * reader reads it next, and dismissed by the button again or by Escape.
 */
export default function GlossaryTerm({ text, entry }: { text: string; entry: GlossaryTermData }) {
  // The definitions being fetched while the word is open; none while it is closed.
  const [loading, setLoading] = useState<ReturnType<typeof loadDefinitions> | null>(null);
  const open = loading !== null;
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setLoading(open ? null : loadDefinitions())}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setLoading(null);
          }
        }}
        className="cursor-help rounded-sm underline decoration-dotted decoration-2 underline-offset-4 focus-visible:outline-2 focus-visible:outline-blue-800"
      >
        {text}
      </button>
      {loading && (
        <span
          id={id}
          className="my-2 block rounded-md border border-blue-200 bg-blue-50 p-3 font-sans text-base font-normal text-slate-900"
        >
          <Suspense fallback={`Loading what “${entry.term}” means…`}>
            <GlossaryDefinition entry={entry} loading={loading} />
          </Suspense>
        </span>
      )}
    </>
  );
}
