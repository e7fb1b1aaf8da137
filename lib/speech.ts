// What read-aloud needs that can be decided without a browser: where a text's sentences end, and the reading
// speed. Which voice speaks is lib/voice.ts, apart, because every play button needs it before any is pressed;
// the browser's own speechSynthesis does the speaking (components/ui/readAloud.ts).

/** Words that end in a full stop without ending the sentence, as the article and the quizzes use them. */
const ABBREVIATIONS = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Jr',
  'Sr',
  'St',
  'Gen',
  'Gov',
  'Sen',
  'Rep',
  'Sept',
  'vs',
  'No',
]);

/**
 * The sentences of a text, each with its closing punctuation and quotation marks. A full stop ends a sentence
 * only before a space and what can start one (a capital, a digit, an opening quotation mark or bracket), and
 * not after an abbreviation ("Dr."), an initial ("J."), or a dotted one ("U.S.", "e.g.").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const ends = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(text.slice(start, match.index))) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

/** Whether a full stop after `before` can end a sentence: not after an abbreviation, an initial or "U.S". */
function endsSentence(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1]?.replace(/^["'“‘(\[]+/, '') ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  return !/^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Where the device keeps the student's reading speed, and the speeds offered (the first the usual one). */
export const READING_SPEED_KEY = 'sourcecheck:reading-speed';
export const READING_SPEEDS = ['1', '0.75', '1.25', '1.5'] as const;
export type ReadingSpeed = (typeof READING_SPEEDS)[number];

/** The speed kept on the device, or the usual one for anything else. */
export function readReadingSpeed(stored: string | null): ReadingSpeed {
  return (READING_SPEEDS as readonly (string | null)[]).includes(stored) ? (stored as ReadingSpeed) : '1';
}
