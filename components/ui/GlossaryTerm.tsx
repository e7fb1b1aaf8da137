'use client';

import { useId, useState } from 'react';
import PageLink from '@/components/ui/PageLink';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import type { GlossaryTermData } from '@/components/ui/GlossaryProvider';

/**
 * A hard word in the text, as a button that shows its definition just after it: in reading order, so a screen
 * reader reads it next, and dismissed by the button again or by Escape.
 */
export default function GlossaryTerm({ text, entry }: { text: string; entry: GlossaryTermData }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
        className="cursor-help rounded-sm underline decoration-dotted decoration-2 underline-offset-4 focus-visible:outline-2 focus-visible:outline-blue-800"
      >
        {text}
      </button>
      {open && (
        <span
          id={id}
          className="my-2 block rounded-md border border-blue-200 bg-blue-50 p-3 font-sans text-base font-normal text-slate-900"
        >
          <strong>{entry.term}</strong>: {entry.definition}{' '}
          <PageLink href="/glossary" className="text-blue-900 underline">
            Every word explained
          </PageLink>{' '}
          <ReadAloudButton texts={[`${entry.term}: ${entry.definition}`]} what={`what “${entry.term}” means`} />
        </span>
      )}
    </>
  );
}
