'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { GlossaryEntry } from '@/lib/content/schema';

/** What marks a word of a glossary entry; its definition comes when the word is opened (useGlossaryDefinition). */
export type GlossaryTermData = Pick<GlossaryEntry, 'id' | 'term' | 'also'>;

const GlossaryContext = createContext<GlossaryTermData[]>([]);

/** The glossary terms a page's texts use, handed down by the page so that each ships only the ones it shows. */
export default function GlossaryProvider({ terms, children }: { terms: GlossaryTermData[]; children: ReactNode }) {
  return <GlossaryContext value={terms}>{children}</GlossaryContext>;
}

export const useGlossary = () => useContext(GlossaryContext);
