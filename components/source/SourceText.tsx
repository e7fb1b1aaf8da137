import type { Ref } from 'react';
import GlossaryText from '@/components/ui/GlossaryText';
import SpeakerPassage from '@/components/source/SpeakerPassage';
import { highlightIn } from '@/lib/highlight';
import { holdsWords, speakerRuns, type PassageSpan } from '@/lib/passages';

interface SourceTextProps {
  paragraphs: string[];
  /** The exact words to mark, where a student arrived from a quote. */
  quote?: string | null;
  /** The marked words, for the page that brings them into view. */
  highlightRef?: Ref<HTMLElement>;
  /** Who speaks where, when the student asked to be shown; otherwise the text is plain. */
  passages?: readonly PassageSpan[];
}

export default function SourceText({ paragraphs, quote, highlightRef, passages }: SourceTextProps) {
  return (
    // The classes every paragraph shares, and those of each paragraph's number (its first child), are set once on the
    // container (*: is each child, *:*:first: each child's first child): the page's HTML says them once, not for
    // each of the article's paragraphs.
    <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed *:scroll-mt-16 *:whitespace-pre-line *:*:first:mr-2 *:*:first:select-none *:*:first:font-sans *:*:first:text-sm *:*:first:font-semibold *:*:first:text-slate-600">
      {paragraphs.map((text, index) => {
        const number = index + 1;
        const parts = quote ? highlightIn(text, quote) : null;
        const highlight = parts && { start: parts.before.length, end: parts.before.length + parts.match.length };
        const runs = speakerRuns(text, passages?.filter((p) => p.paragraph === number) ?? [], highlight);
        return (
          <p key={number} id={`p-${number}`} className="source-paragraph">
            <span>
              <span className="sr-only">Paragraph </span>
              {number}
            </span>
            {runs.map((run, r) => {
              const pieces = run.pieces.map((piece) =>
                piece.highlighted ? (
                  <mark
                    key={piece.start}
                    // Only the first piece: a quote that crosses from one voice into the next is marked in two.
                    ref={piece.start === highlight?.start ? highlightRef : undefined}
                    className="rounded bg-amber-200 px-0.5 text-slate-900"
                    data-testid="quote-highlight"
                  >
                    <GlossaryText text={piece.text} />
                  </mark>
                ) : (
                  <GlossaryText key={piece.start} text={piece.text} />
                ),
              );
              return passages && holdsWords(run) ? (
                <SpeakerPassage key={r} voice={run.voice}>
                  {pieces}
                </SpeakerPassage>
              ) : (
                pieces
              );
            })}
          </p>
        );
      })}
    </div>
  );
}
