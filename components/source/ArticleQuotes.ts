'use client';

import { createContext, type ReactNode } from 'react';
import type { ArticleQuote } from '@/lib/content/article';

/**
 * How a page that holds a teacher's article shows a quote of it (components/source/QuotedArticle.tsx provides it).
 * QuoteBlock asks for it only for a quote that is not the bank's, so the bank's pages carry none of the article's
 * code: not even a lazy chunk's loader.
 */
export const ArticleQuotes = createContext<((quote: ArticleQuote) => ReactNode) | null>(null);
