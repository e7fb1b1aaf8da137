import { foldForComparison } from './content/text';

export interface HighlightParts {
  before: string;
  match: string;
  after: string;
}

/**
 * Splits a paragraph around the quoted words, or returns null when they are not in it.
 * The quote arrives in a URL, so anything can be in it: it is only ever compared, never rendered.
 */
export function highlightIn(paragraph: string, quote: string): HighlightParts | null {
  const needle = foldForComparison(quote);
  if (needle.length === 0) return null;
  const folded = paragraph.replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'");
  const start = folded.replace(/\s/g, ' ').indexOf(needle);
  if (start < 0) return null;
  const end = start + needle.length;
  return { before: paragraph.slice(0, start), match: paragraph.slice(start, end), after: paragraph.slice(end) };
}
