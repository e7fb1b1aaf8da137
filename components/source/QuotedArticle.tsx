'use client';

import type { ReactNode } from 'react';
import ArticleQuoteBlock from '@/components/source/ArticleQuoteBlock';
import { ArticleQuotes } from '@/components/source/ArticleQuotes';
import type { Article } from '@/lib/content/article';

/**
 * Around questions on a teacher's article (the writer's preview, a student's assignment that carries one): every
 * QuoteBlock inside shows a quote of this article by its speaker's name and citation, with the article in context.
 * A quote of any other article is shown not at all, never as the bank's.
 */
export default function QuotedArticle({ article, children }: { article: Article; children: ReactNode }) {
  return (
    <ArticleQuotes
      value={(quote) => (quote.sourceId === article.id ? <ArticleQuoteBlock quote={quote} article={article} /> : null)}
    >
      {children}
    </ArticleQuotes>
  );
}
