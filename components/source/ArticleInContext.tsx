'use client';

import { useEffect, useRef } from 'react';
import type { Article } from '@/lib/content/article';
import { formatArticleCitation } from '@/lib/articleText';
import { highlightIn } from '@/lib/highlight';

/**
 * A teacher's article, as the source page shows the bank's: numbered paragraphs, its citation, and the quoted
 * words marked where they stand. Everything in it came from a teacher, and for a student from a link, so it is
 * rendered as text only: React escapes every string, and nothing here sets HTML.
 */
export default function ArticleInContext({
  article,
  quote,
}: {
  article: Article;
  quote?: { paragraph: number; text: string };
}) {
  const marked = useRef<HTMLElement>(null);
  // A block, not an expression: a browser's scrollIntoView may return a promise, which React would take for a cleanup.
  useEffect(() => {
    marked.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const { citation } = article;
  return (
    <article
      aria-label={`${citation.title}, ${citation.outlet}`}
      className="mt-2 rounded border border-slate-300 bg-white p-3"
    >
      <h3 className="font-serif text-lg font-semibold">{citation.title}</h3>
      <p className="text-sm text-slate-700">
        <cite className="not-italic">{formatArticleCitation(citation)}</cite>
        {citation.url && <span className="block break-all">Address: {citation.url}</span>}
      </p>
      <div
        className="mt-3 max-h-96 space-y-3 overflow-y-auto font-serif leading-relaxed"
        tabIndex={0}
        role="region"
        aria-label="The article"
      >
        {article.paragraphs.map((text, index) => {
          const number = index + 1;
          const parts = quote && quote.paragraph === number ? highlightIn(text, quote.text) : null;
          return (
            <p key={number}>
              <span className="mr-2 select-none font-sans text-sm font-semibold text-slate-600">
                <span className="sr-only">Paragraph </span>
                {number}
              </span>
              {parts ? (
                <>
                  {parts.before}
                  <mark ref={marked} className="rounded bg-amber-200 px-0.5 text-slate-900">
                    {parts.match}
                  </mark>
                  {parts.after}
                </>
              ) : (
                text
              )}
            </p>
          );
        })}
      </div>
    </article>
  );
}
