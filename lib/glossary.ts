// Finds the glossary's terms in a text: the one matcher behind the marked words in prompts, explanations and the
// source page, and behind the content check that each term stands where the glossary says the article uses it.

/** A term as the matcher needs it: its id and every form it is written in ("proxy", "proxies"). */
export interface GlossaryForms {
  id: string;
  forms: string[];
}

/** A stretch of text: plain, or one use of a glossary term. */
export type GlossarySegment = { text: string; termId: string | null };

/** The forms an entry of quizzes/glossary.json is found by: its term and its other forms. */
export const glossaryForms = (entry: { id: string; term: string; also: string[] }): GlossaryForms => ({
  id: entry.id,
  forms: [entry.term, ...entry.also],
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form written in capitals ("ODNI") is an abbreviation and matches only in capitals; any other, in any case. */
const isAbbreviation = (form: string) => form === form.toUpperCase() && form !== form.toLowerCase();

/**
 * Splits `text` into plain stretches and the terms in it: whole words only (a letter or digit on either side
 * means it is part of another word), in any case, inside quotation marks as outside. Where two forms overlap the
 * longer wins ("intelligence community" over "intelligence").
 */
export function markGlossaryTerms(text: string, terms: GlossaryForms[]): GlossarySegment[] {
  const byForm = new Map<string, { id: string; form: string }>();
  for (const { id, forms } of terms) for (const form of forms) byForm.set(form.toLowerCase(), { id, form });
  if (byForm.size === 0 || text === '') return text === '' ? [] : [{ text, termId: null }];
  const alternatives = [...byForm.values()]
    .map(({ form }) => form)
    .sort((a, b) => b.length - a.length)
    .map((form) => escape(form).replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const segments: GlossarySegment[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const found = byForm.get(match[0].replace(/\s+/g, ' ').toLowerCase());
    if (!found || (isAbbreviation(found.form) && match[0] !== found.form)) continue;
    if (match.index > at) segments.push({ text: text.slice(at, match.index), termId: null });
    segments.push({ text: match[0], termId: found.id });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), termId: null });
  return segments;
}

/** The ids of the terms that stand in any of `texts`, each once, in the order first found. */
export function glossaryTermsIn(texts: string[], terms: GlossaryForms[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const { termId } of markGlossaryTerms(text, terms)) if (termId) found.add(termId);
  }
  return [...found];
}
