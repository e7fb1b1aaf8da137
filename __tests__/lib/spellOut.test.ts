import { firstAnsweredToName, spellOutFirst } from '@/lib/spellOut';
import { makeQuestion } from '../fixtures';

describe('ODNI spelled out where a page first names it', () => {
  it('spells it out in the first text that uses it, and only there', () => {
    expect(spellOutFirst(['NPR', 'The ODNI report', 'The ODNI report'])).toEqual({
      texts: ['NPR', 'The Office of the Director of National Intelligence (ODNI) report', 'The ODNI report'],
      rest: false,
    });
    expect(spellOutFirst(['NPR', 'U.S. officials'])).toEqual({ texts: ['NPR', 'U.S. officials'], rest: true });
  });

  it('finds the first answered question that shows it, in its answers or its quote’s speaker', () => {
    const nprQuote = { ...makeQuestion().quote, speaker: 'npr' as const };
    const npr = makeQuestion({ quote: nprQuote });
    const report = makeQuestion();
    const right = { choiceIds: ['considered'], correct: true };
    expect(
      firstAnsweredToName([
        { question: npr, record: right },
        { question: report, record: right },
      ]),
    ).toBe(1);
    expect(
      firstAnsweredToName([
        { question: undefined, record: right },
        { question: npr, record: right },
      ]),
    ).toBe(-1);
  });
});
