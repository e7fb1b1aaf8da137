'use client';

import ArticleInContext from '@/components/source/ArticleInContext';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import { formatArticleCitation } from '@/lib/articleText';
import { articleSpeakers, type Article, type ArticleQuote } from '@/lib/content/article';

/**
 * A quote of a teacher's article, as QuoteBlock shows the bank's: the words, who is speaking by the name the
 * teacher gave, where they stand and the citation; "read in context" opens the article here, the words marked.
 */
export default function ArticleQuoteBlock({ quote, article }: { quote: ArticleQuote; article: Article }) {
  const speaker = articleSpeakers(article).find((s) => s.id === quote.speaker)?.name ?? article.citation.outlet;
  return (
    <figure className="mt-4 rounded-md border-l-4 border-slate-500 bg-slate-100 p-4">
      <blockquote className="font-serif text-lg leading-relaxed">“{quote.text}”</blockquote>
      <div className="mt-2">
        <ReadAloudButton texts={[quote.text]} what="the quote" />
      </div>
      <figcaption className="mt-3 space-y-1 text-sm text-slate-700">
        <p className="font-semibold text-slate-900">Who is speaking: {speaker}.</p>
        <p>
          <cite className="not-italic">{formatArticleCitation(article.citation)}</cite>, paragraph {quote.paragraph}.
        </p>
        <details>
          <summary className="cursor-pointer py-2 font-medium text-blue-900 underline underline-offset-2">
            Read paragraph {quote.paragraph} in context
          </summary>
          <ArticleInContext article={article} quote={quote} />
        </details>
      </figcaption>
    </figure>
  );
}
