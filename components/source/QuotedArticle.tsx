'use client';

import { createContext } from 'react';
import type { Article } from '@/lib/content/article';

/**
 * The teacher's article the questions on this page quote, for QuoteBlock to name its speakers and cite it: the
 * writer's preview provides it, and so does a student's assignment that carries an article. Absent, every quote
 * is the bank's.
 */
export const QuotedArticle = createContext<Article | null>(null);
