import type { Ref } from 'react';
import GlossaryText from '@/components/ui/GlossaryText';
import { highlightIn } from '@/lib/highlight';

interface SourceTextProps {
  paragraphs: string[];
  /** The exact words to mark, where a student arrived from a quote. */
  quote?: string | null;
  /** The marked words, for the page that brings them into view. */
  highlightRef?: Ref<HTMLElement>;
}

export default function SourceText({ paragraphs, quote, highlightRef }: SourceTextProps) {
  return (
    <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((text, index) => {
        const number = index + 1;
        const parts = quote ? highlightIn(text, quote) : null;
        return (
          <p key={number} id={`p-${number}`} className="source-paragraph scroll-mt-4 whitespace-pre-line">
            <span className="mr-2 select-none font-sans text-sm font-semibold text-slate-600">
              <span className="sr-only">Paragraph </span>
              {number}
            </span>
            {parts ? (
              <>
                <GlossaryText text={parts.before} />
                <mark
                  ref={highlightRef}
                  className="rounded bg-amber-200 px-0.5 text-slate-900"
                  data-testid="quote-highlight"
                >
                  <GlossaryText text={parts.match} />
                </mark>
                <GlossaryText text={parts.after} />
              </>
            ) : (
              <GlossaryText text={text} />
            )}
          </p>
        );
      })}
    </div>
  );
}
