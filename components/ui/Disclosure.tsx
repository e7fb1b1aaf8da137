'use client';

import { useState, type ReactNode } from 'react';

interface DisclosureProps {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  /** Drawn only while it is open. */
  children: ReactNode;
}

/**
 * A <details> whose content is drawn only while it is open: a long list or table kept closed costs the page
 * nothing, neither its elements nor React's hydrating them.
 */
export default function Disclosure({ summary, className, summaryClassName, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={className}
      // Opened by a tap before the page hydrated, it had no toggle listener yet: it is drawn as found.
      ref={(details) => {
        if (details?.open) setOpen(true);
      }}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {open && children}
    </details>
  );
}
