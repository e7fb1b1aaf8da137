'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import SourceText from '@/components/source/SourceText';
import SpeakerLegend from '@/components/source/SpeakerLegend';
import PageLink from '@/components/ui/PageLink';
import { backToQuestion } from '@/lib/links';
import type { PassageSpan, Voice } from '@/lib/passages';

const LEGEND_ORDER: Voice[] = ['report', 'npr', 'us-officials', 'election-officials', 'claim'];

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/**
 * The source as a student reads it: the quote they came from marked and brought into view, the way back to their
 * question kept in sight, and on asking, every passage marked with who is speaking.
 */
export default function SourceReader({ paragraphs, passages }: { paragraphs: string[]; passages: PassageSpan[] }) {
  // The query read from the address, not useSearchParams: that would leave the page to the browser, so its HTML (and
  // the payload beside it) would carry the article twice, once as a stand-in and once for the browser to draw.
  const params = new URLSearchParams(
    useSyncExternalStore(
      subscribe,
      () => window.location.search,
      () => '',
    ),
  );
  const quote = params.get('quote');
  const back = backToQuestion(params.get('back'));
  const highlight = useRef<HTMLElement>(null);
  const [showSpeakers, setShowSpeakers] = useState(false);

  useEffect(() => {
    highlight.current?.scrollIntoView({ block: 'center' });
  }, [quote]);

  const voices = LEGEND_ORDER.filter((voice) => voice === 'npr' || passages.some((p) => p.speaker === voice));
  return (
    <>
      {back && (
        <div className="sticky top-0 z-10 -mx-4 mt-4 border-b border-slate-300 bg-white px-4 py-1">
          <PageLink href={back} className="inline-flex min-h-11 items-center font-medium text-blue-900 underline">
            ← Back to your question
          </PageLink>
        </div>
      )}
      <div className="mt-4">
        <button
          type="button"
          aria-pressed={showSpeakers}
          onClick={() => setShowSpeakers(!showSpeakers)}
          className="btn-secondary"
        >
          Show who is speaking
        </button>
        {showSpeakers && <SpeakerLegend voices={voices} />}
      </div>
      <SourceText
        paragraphs={paragraphs}
        quote={quote}
        highlightRef={highlight}
        passages={showSpeakers ? passages : undefined}
      />
    </>
  );
}
