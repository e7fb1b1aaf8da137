'use client';

import { useSyncExternalStore } from 'react';
import PageLink from '@/components/ui/PageLink';
import { subscribeToHash } from '@/hooks/useLocationHash';
import type { Quote } from '@/lib/content/schema';
import { sourceLink } from '@/lib/links';

/**
 * "Read paragraph N in context", carrying the way back to this question: the page as it is now (an assignment's
 * page keeps its assignment in the fragment), or on a page of many questions, the question's own place on it.
 */
export default function ReadInContextLink({ quote, anchor }: { quote: Quote; anchor?: string }) {
  const back = useSyncExternalStore(
    subscribeToHash,
    () => {
      const { pathname, search, hash } = window.location;
      return pathname + search + (hash || (anchor ? `#${anchor}` : ''));
    },
    () => null,
  );
  return (
    <PageLink
      href={sourceLink(quote, back)}
      className="inline-block py-2 font-medium text-blue-900 underline underline-offset-2"
    >
      Read paragraph {quote.paragraph} in context
    </PageLink>
  );
}
