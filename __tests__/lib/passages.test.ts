import { holdsWords, passageSpans, speakerRuns } from '@/lib/passages';

const paragraph =
  'During the campaign, Trump played down reports. He made the counter-claim that China was making a major push to support Biden.';
const claimText = 'China was making a major push to support Biden';
const claim = { speaker: 'claim' as const, start: paragraph.indexOf(claimText), end: paragraph.length - 1 };

const texts = (runs: ReturnType<typeof speakerRuns>) =>
  runs.map((run) => [run.voice, run.pieces.map((p) => (p.highlighted ? `[${p.text}]` : p.text)).join('')]);

describe('a paragraph as runs of one voice each', () => {
  it('is NPR’s narration where no passage speaks', () => {
    expect(texts(speakerRuns(paragraph, [], null))).toEqual([['npr', paragraph]]);
  });

  it('gives the claim its own run, with NPR’s words around it', () => {
    expect(texts(speakerRuns(paragraph, [claim], null))).toEqual([
      ['npr', 'During the campaign, Trump played down reports. He made the counter-claim that '],
      ['claim', 'China was making a major push to support Biden'],
      ['npr', '.'],
    ]);
  });

  it('marks a quote that crosses from NPR’s words into the claim in both', () => {
    const start = paragraph.indexOf('He made');
    const runs = speakerRuns(paragraph, [claim], { start, end: paragraph.length });
    expect(texts(runs)).toEqual([
      ['npr', 'During the campaign, Trump played down reports. [He made the counter-claim that ]'],
      ['claim', '[China was making a major push to support Biden]'],
      ['npr', '[.]'],
    ]);
    expect(runs[0]?.pieces[1]?.start).toBe(start);
  });
});

describe('a passage as its place in the paragraph', () => {
  it('is the span of its words, which mark the same run as its text', () => {
    const [span] = passageSpans(['First paragraph.', paragraph], [{ paragraph: 2, speaker: 'claim', text: claimText }]);
    expect(span).toEqual({ paragraph: 2, ...claim });
    expect(paragraph.slice(span!.start, span!.end)).toBe(claimText);
  });

  it('refuses a passage its paragraph does not hold', () => {
    expect(() => passageSpans([paragraph], [{ paragraph: 1, speaker: 'claim', text: 'Russia' }])).toThrow(
      /does not hold/,
    );
  });
});

describe('which runs name their speaker', () => {
  it('names none for the full stop after a passage', () => {
    const runs = speakerRuns(paragraph, [claim], null);
    expect(runs.map(holdsWords)).toEqual([true, true, false]);
  });
});
