'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import SourceText from '@/components/source/SourceText';

/** The source text with the quote a student came from marked and brought into view. */
export default function HighlightedSourceText({ paragraphs }: { paragraphs: string[] }) {
  const quote = useSearchParams().get('quote');
  const highlight = useRef<HTMLElement>(null);

  useEffect(() => {
    highlight.current?.scrollIntoView({ block: 'center' });
  }, [quote]);

  return <SourceText paragraphs={paragraphs} quote={quote} highlightRef={highlight} />;
}
