import { useContext } from 'react';
import { ArticleQuotes } from '@/components/source/ArticleQuotes';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import ReadInContextLink from '@/components/source/ReadInContextLink';
import type { Question } from '@/lib/content/schema';
import type { ArticleQuestion } from '@/lib/content/article';
import { SOURCES, formatCitation, isSourceId } from '@/lib/content/sources';
import { SPEAKERS, quoteSpeakers, speakerLine } from '@/lib/content/speakers';
import { spellOutOdni } from '@/lib/spellOut';

interface QuoteBlockProps {
  /** A bank question, or a question on a teacher's article that the page holds (components/source/QuotedArticle.tsx). */
  question: Pick<Question, 'type' | 'answer' | 'quote'> | Pick<ArticleQuestion, 'type' | 'answer' | 'quote'>;
  /** This is where the page first names the report's publisher, so "ODNI" is spelled out here. */
  spellOut?: boolean;
  /** The id of the question's place on a page of many, for "Back to your question". */
  anchor?: string;
}

/**
 * The source's words, who is speaking, and where they stand. Where the words are one speaker's and the claim
 * another's, both are named: NPR's narration of Trump's claim, read as "Who is speaking: NPR" beside the answer
 * "Trump", looked like the app contradicting itself.
 */
export default function QuoteBlock({ question: given, spellOut = false, anchor }: QuoteBlockProps) {
  const articleQuote = useContext(ArticleQuotes);
  if (!isSourceId(given.quote.sourceId)) return articleQuote ? articleQuote(given.quote) : null;
  // Its source is the bank's, so it is a bank question.
  const question = given as Pick<Question, 'type' | 'answer' | 'quote'>;
  const { quote } = question;
  const { words, claim } = quoteSpeakers(question);
  const line = speakerLine(question);
  const source = SOURCES[quote.sourceId];
  return (
    <figure className="mt-4 rounded-md border-l-4 border-slate-500 bg-slate-100 p-4">
      <blockquote className="font-serif text-lg leading-relaxed">“{quote.text}”</blockquote>
      <div className="mt-2">
        <ReadAloudButton texts={[quote.text]} what="the quote" />
      </div>
      <figcaption className="mt-3 space-y-1 text-sm text-slate-700">
        <p className="font-semibold text-slate-900">{spellOut ? spellOutOdni(line) : line}</p>
        <details className="print:hidden">
          <summary className="cursor-pointer py-2 font-medium text-blue-900 underline underline-offset-2">
            What does this mean?
          </summary>
          <p>{SPEAKERS[words].description}.</p>
          {claim && <p>{SPEAKERS[claim].description}.</p>}
        </details>
        <p>
          <cite className="not-italic">
            {source.outlet}, paragraph {quote.paragraph}
          </cite>
          . <ReadInContextLink quote={quote} anchor={anchor} />
        </p>
        <details data-print-open="">
          <summary className="cursor-pointer py-2 font-medium text-blue-900 underline underline-offset-2">
            Full citation
          </summary>
          <p>
            <cite className="not-italic">{formatCitation(source)}</cite>, paragraph {quote.paragraph}.
          </p>
        </details>
      </figcaption>
    </figure>
  );
}
