import fc from 'fast-check';
import { highlightIn } from '@/lib/highlight';

const paragraph = 'The report says, "We assess that Iran primarily relied on cyber tools." Then more.';

describe('highlightIn', () => {
  it('splits a paragraph around the quoted words', () => {
    expect(highlightIn(paragraph, 'Iran primarily relied on cyber tools')).toEqual({
      before: 'The report says, "We assess that ',
      match: 'Iran primarily relied on cyber tools',
      after: '." Then more.',
    });
  });

  it('finds a quote written with typographic quote marks', () => {
    expect(highlightIn(paragraph, '“We assess that Iran')?.match).toBe('"We assess that Iran');
  });

  it('marks nothing when the words are not in the paragraph, or are empty', () => {
    expect(highlightIn(paragraph, 'China')).toBeNull();
    expect(highlightIn(paragraph, '   ')).toBeNull();
  });

  it('never throws and always gives back the paragraph whole, whatever the URL carries', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, quote) => {
        const parts = highlightIn(text, quote);
        if (parts) expect(parts.before + parts.match + parts.after).toBe(text);
      }),
    );
  });
});
