/**
 * Who speaks in a quoted passage. The report's words quoted by NPR are the report's;
 * NPR's narration is NPR's; officials' words reach us only as NPR's paraphrase, and the
 * labels say so.
 */
/** `words` names what a speaker says, in a sentence: "you took NPR’s narration for the report’s own words". */
export const SPEAKERS = {
  report: {
    label: 'The ODNI report',
    description: "The intelligence community's report, in its own words as NPR quotes them",
    words: 'the report’s own words',
  },
  npr: {
    label: 'NPR',
    description: "NPR's own words: its reporter's narration (Greg Myre), the headline and the photo captions",
    words: 'NPR’s narration',
  },
  'us-officials': {
    label: 'U.S. officials',
    description: 'U.S. officials, as paraphrased by NPR',
    words: 'U.S. officials’ words',
  },
  'election-officials': {
    label: 'U.S. election officials',
    description: 'U.S. election officials, as paraphrased by NPR',
    words: 'election officials’ words',
  },
  trump: {
    label: 'Trump and his supporters',
    description: 'Claims by Trump and his supporters, as described by NPR',
    words: 'the claims of Trump and his supporters',
  },
} as const;

export type SpeakerId = keyof typeof SPEAKERS;
export const SPEAKER_IDS = Object.keys(SPEAKERS) as [SpeakerId, ...SpeakerId[]];
