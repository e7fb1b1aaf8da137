/** Paragraphs are the blank-line-separated blocks of a source file, numbered from 1. */
export function splitParagraphs(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.trim());
}

/**
 * Folds what a copy of a quote may legitimately change without changing its words:
 * runs of white space and typographic quote marks.
 */
export function foldForComparison(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The stretches of a paragraph that stand inside double quotation marks: the quoted speaker's own words. */
export function quotedSpans(paragraph: string): string[] {
  const folded = foldForComparison(paragraph);
  return quotedRanges(folded).map(([start, end]) => folded.slice(start, end));
}

/** Where those stretches start and end in an already folded paragraph, quotation marks left out. */
export function quotedRanges(folded: string): [number, number][] {
  return [...folded.matchAll(/"([^"]*)"/g)].map((m) => [m.index + 1, m.index + m[0].length - 1]);
}

/** Where a quote stands in a list of paragraphs (1-based), or 0 when it stands nowhere verbatim. */
export function findQuoteParagraph(paragraphs: string[], quote: string): number {
  const needle = foldForComparison(quote);
  return paragraphs.findIndex((p) => foldForComparison(p).includes(needle)) + 1;
}

/** How much of a quote stands inside the source's quotation marks. */
export type Quoted = 'all' | 'part' | 'none';

/** For each place the words stand in the folded paragraph, how much of them is inside quotation marks. */
export function occurrences(folded: string, text: string): Quoted[] {
  const ranges = quotedRanges(folded);
  const found: Quoted[] = [];
  for (let start = folded.indexOf(text); start !== -1; start = folded.indexOf(text, start + 1)) {
    const end = start + text.length;
    if (ranges.some(([from, to]) => from <= start && end <= to)) found.push('all');
    else found.push(ranges.some(([from, to]) => start < to && from < end) ? 'part' : 'none');
  }
  return found;
}
