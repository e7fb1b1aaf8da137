import type { Quote } from './content/schema';

/**
 * The source reader at the quoted paragraph, carrying the quote so the reader can mark it, and the page of the
 * question, so the reader can lead back to it (an installed app on a phone may have no back button).
 */
export function sourceLink(quote: Pick<Quote, 'sourceId' | 'paragraph' | 'text'>, back?: string | null): string {
  const query = new URLSearchParams({ quote: quote.text, ...(back ? { back } : {}) });
  return `/sources/${quote.sourceId}?${query.toString()}#p-${quote.paragraph}`;
}

/**
 * Where "Back to your question" may lead: a page of this app, never another site, whatever a link was edited to
 * say. "//elsewhere", "/\\elsewhere" and "/<tab>/elsewhere" (browsers drop tabs and newlines) are other sites to a
 * browser, so a path with any of them is refused, and what is left must resolve to this origin.
 */
export function backToQuestion(back: string | null): string | null {
  if (!back || !/^\/(?![/\\])/.test(back) || /[\u0000-\u001f\\]/.test(back)) return null;
  const here = 'https://sourcecheck.invalid';
  return new URL(back, here).origin === here ? back : null;
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
