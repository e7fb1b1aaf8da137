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

/** Assignment and receipt data travel in the fragment, which browsers never send to a server. */
export function assignmentLink(origin: string, token: string): string {
  return `${origin}/assignment#${token}`;
}

export function answerKeyLink(token: string): string {
  return `/teach/print#${token}`;
}

export function receiptLink(origin: string, token: string): string {
  return `${origin}/teach/results#${token}`;
}
