import type { Quote } from './content/schema';

/** The source reader at the quoted paragraph, carrying the quote so the reader can mark it. */
export function sourceLink(quote: Pick<Quote, 'sourceId' | 'paragraph' | 'text'>): string {
  return `/sources/${quote.sourceId}?quote=${encodeURIComponent(quote.text)}#p-${quote.paragraph}`;
}

export function quizLink(quizId: string): string {
  return `/quiz/${quizId}`;
}

export function resultsLink(quizId: string): string {
  return `/quiz/${quizId}/results`;
}
