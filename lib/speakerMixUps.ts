import type { Question } from './content/schema';
import { SPEAKERS, type SpeakerId } from './content/speakers';
import { isCorrect } from './scoring';

/** One answer given to one question: a quiz's question id or an assignment's ref, and the choices made. */
export interface GivenAnswer {
  ref: string;
  question: Question | undefined;
  chosen: readonly string[];
}

export interface SpeakerMixUp {
  /** Who the quoted words belong to. */
  said: SpeakerId;
  /** Who was answered instead. */
  taken: SpeakerId;
  count: number;
  /** The questions it happened on, each once. */
  refs: string[];
}

/**
 * Across the "Who says this?" questions, whose words were taken for whose, most often first: the mistake the app
 * exists to teach away (NPR's narration taken for the report's findings, a claim taken for a finding). For one
 * student's results and for a class's.
 */
export function speakerMixUps(answers: Iterable<GivenAnswer>): SpeakerMixUp[] {
  const counts = new Map<string, SpeakerMixUp>();
  for (const { ref, question, chosen } of answers) {
    const said = question?.answer[0];
    const taken = chosen[0];
    if (question?.type !== 'speaker' || !said || !taken || chosen.length !== 1 || isCorrect(question, chosen)) continue;
    if (!(said in SPEAKERS) || !(taken in SPEAKERS)) continue;
    const key = `${said}>${taken}`;
    // Counted in place: a class of 10,000 gives hundreds of thousands of answers, read in one render.
    const known = counts.get(key) ?? { said: said as SpeakerId, taken: taken as SpeakerId, count: 0, refs: [] };
    counts.set(key, known);
    known.count += 1;
    if (!known.refs.includes(ref)) known.refs.push(ref);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
