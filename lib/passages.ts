import type { Passage, PassageSpeaker } from './content/schema';

/** Whose words a stretch of the source is: a passage's speaker, or NPR's narration everywhere else. */
export type Voice = PassageSpeaker | 'npr';

/**
 * How the source page names each voice: `tag` at the start of each of its passages, seen and heard (a screen
 * reader meets the speaker before the words), and `legend` in the key above the text.
 */
export const VOICES: Record<Voice, { tag: string; legend: string }> = {
  report: {
    tag: 'Report',
    legend: 'The report’s words as NPR quotes them, inside quotation marks.',
  },
  npr: {
    tag: 'NPR',
    legend:
      'NPR’s own words: the headline, the caption and the reporter’s sentences, including where NPR sums up the report in its own words.',
  },
  'us-officials': {
    tag: 'U.S. officials',
    legend: 'What unnamed U.S. officials say, in NPR’s words: NPR passes it on.',
  },
  'election-officials': {
    tag: 'Election officials',
    legend: 'What U.S. election officials have said, in NPR’s words: NPR passes it on.',
  },
  claim: {
    tag: 'Claim',
    legend:
      'A claim someone else made, in NPR’s words: NPR reports it, and says where it has no evidence. It is not something the report found.',
  },
};

/**
 * Where a passage stands in its paragraph (numbered from 1), as offsets into the paragraph's text: what the reader
 * needs to mark it, without the passage's words, which the paragraph already carries, sent to the browser again.
 */
export interface PassageSpan {
  paragraph: number;
  speaker: PassageSpeaker;
  start: number;
  end: number;
}

/** Each passage as its span in `paragraphs`; the schema has checked that each stands in its paragraph exactly once. */
export function passageSpans(paragraphs: readonly string[], passages: readonly Passage[]): PassageSpan[] {
  return passages.map(({ paragraph, speaker, text }) => {
    const start = (paragraphs[paragraph - 1] ?? '').indexOf(text);
    if (start < 0) throw new Error(`paragraph ${paragraph} does not hold the passage “${text}”`);
    return { paragraph, speaker, start, end: start + text.length };
  });
}

export interface Run {
  voice: Voice;
  /** The run's text in order, each piece with where it starts in the paragraph, and the words a student arrived from marked. */
  pieces: { text: string; start: number; highlighted: boolean }[];
}

/**
 * A paragraph as runs of one voice each, in order. `spans` are the paragraph's own passages, checked by the schema
 * not to overlap; `highlight` is where the quote a student came from stands, and may cross from one voice into the
 * next (NPR's sentence that passes on Trump's claim).
 */
export function speakerRuns(
  paragraph: string,
  spans: readonly Pick<PassageSpan, 'speaker' | 'start' | 'end'>[],
  highlight: { start: number; end: number } | null,
): Run[] {
  const cuts = [
    ...new Set([
      0,
      paragraph.length,
      ...spans.flatMap((s) => [s.start, s.end]),
      highlight?.start ?? 0,
      highlight?.end ?? 0,
    ]),
  ].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const voice = spans.find((s) => s.start <= start && end <= s.end)?.speaker ?? 'npr';
    const piece = {
      text: paragraph.slice(start, end),
      start,
      highlighted: Boolean(highlight && highlight.start <= start && end <= highlight.end),
    };
    const last = runs.at(-1);
    if (last?.voice === voice) last.pieces.push(piece);
    else runs.push({ voice, pieces: [piece] });
  }
  return runs;
}

/** Whether a run holds any word: one that is only the full stop after a passage needs no speaker named. */
export function holdsWords(run: Run): boolean {
  return run.pieces.some((piece) => /[\p{L}\p{N}]/u.test(piece.text));
}
