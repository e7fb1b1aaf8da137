'use client';

import { useMemo } from 'react';
import GlossaryTerm from '@/components/ui/GlossaryTerm';
import { useGlossary } from '@/components/ui/GlossaryProvider';
import { glossaryForms, markGlossaryTerms } from '@/lib/glossary';

/** A text with the glossary's words in it marked, each opening its definition. */
export default function GlossaryText({ text }: { text: string }) {
  const terms = useGlossary();
  const segments = useMemo(() => markGlossaryTerms(text, terms.map(glossaryForms)), [text, terms]);
  return segments.map((segment, index) => {
    const entry = segment.termId ? terms.find((t) => t.id === segment.termId) : undefined;
    return entry ? <GlossaryTerm key={index} text={segment.text} entry={entry} /> : segment.text;
  });
}
