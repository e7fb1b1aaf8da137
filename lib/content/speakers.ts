import type { Question } from './schema';

/**
 * Who speaks in a quoted passage. The report's words quoted by NPR are the report's;
 * NPR's narration is NPR's; officials' words reach us only as NPR's paraphrase, and the
 * labels say so.
 *
 * `words` names what a speaker says, in a sentence: "you took NPR’s narration for the report’s own words";
 * `choice`, the speaker as a speaker question offers it;
 * `whose`, the speaker as the owner of a claim that another's words pass on: "Claim: Trump’s or his supporters’".
 */
export const SPEAKERS = {
  report: {
    label: 'The ODNI report',
    choice: 'The ODNI report',
    description: "The intelligence community's report, in its own words as NPR quotes them",
    words: 'the report’s own words',
    whose: 'The ODNI report’s',
  },
  npr: {
    label: 'NPR',
    choice: 'NPR',
    description: "NPR's own words: its reporter's narration (Greg Myre), the headline and the photo captions",
    words: 'NPR’s narration',
    whose: 'NPR’s',
  },
  'us-officials': {
    label: 'U.S. officials',
    choice: 'U.S. officials (as paraphrased by NPR)',
    description: 'U.S. officials, as paraphrased by NPR',
    words: 'NPR’s paraphrase of U.S. officials',
    whose: 'U.S. officials’',
  },
  'election-officials': {
    label: 'U.S. election officials',
    choice: 'U.S. election officials (as paraphrased by NPR)',
    description: 'U.S. election officials, as paraphrased by NPR',
    words: 'NPR’s paraphrase of election officials',
    whose: 'U.S. election officials’',
  },
  trump: {
    label: 'Trump and his supporters',
    choice: 'Trump and his supporters',
    description: 'Claims by Trump and his supporters, as described by NPR',
    words: 'the claims of Trump and his supporters',
    whose: 'Trump’s or his supporters’',
  },
} as const;

export type SpeakerId = keyof typeof SPEAKERS;
export const SPEAKER_IDS = Object.keys(SPEAKERS) as [SpeakerId, ...SpeakerId[]];

/** The speakers a quote can have: Trump's claims reach the source only through NPR's narration. */
export const QUOTE_SPEAKERS = ['report', 'npr', 'us-officials', 'election-officials'] as const satisfies SpeakerId[];

/**
 * Whose words a quote holds, and whose claim it reports when that is someone else's: NPR's narration passing on
 * Trump's counter-claim is NPR's words and Trump's claim, and a student who answered "Trump" must see both.
 */
export function quoteSpeakers(question: Pick<Question, 'type' | 'answer' | 'quote'>): {
  words: SpeakerId;
  claim: SpeakerId | null;
} {
  const [answer] = question.answer;
  // Only a speaker who never speaks in the source's own words makes a claim that NPR's narration passes on.
  const claim =
    question.type === 'speaker' && answer !== undefined && !(QUOTE_SPEAKERS as readonly string[]).includes(answer)
      ? (answer as SpeakerId)
      : null;
  return { words: question.quote.speaker, claim };
}

/** The quote's speaker as its caption says it: one speaker, or the words' and the claim's in two labelled parts. */
export function speakerLine(question: Pick<Question, 'type' | 'answer' | 'quote'>): string {
  const { words, claim } = quoteSpeakers(question);
  return claim
    ? `Words: ${SPEAKERS[words].words}. Claim: ${SPEAKERS[claim].whose}.`
    : `Who is speaking: ${SPEAKERS[words].label}.`;
}
