import { splitSentences } from '@/lib/speech';
import { pickVoice } from '@/lib/voice';

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(splitSentences('One thing. Two things? Three! Four')).toEqual([
      'One thing.',
      'Two things?',
      'Three!',
      'Four',
    ]);
  });

  it('does not end a sentence at U.S., Dr., Mr. or an initial', () => {
    expect(
      splitSentences('The U.S. Treasury acted. Dr. Smith and Mr. Jones agreed with Donald J. Trump. Done.'),
    ).toEqual(['The U.S. Treasury acted.', 'Dr. Smith and Mr. Jones agreed with Donald J. Trump.', 'Done.']);
  });

  it('keeps closing quotation marks with their sentence and starts one at an opening mark', () => {
    expect(splitSentences('"We assess that China held back," the report says. "China sought stability."')).toEqual([
      '"We assess that China held back," the report says.',
      '"China sought stability."',
    ]);
    expect(splitSentences('It said “no.” Then it ended.')).toEqual(['It said “no.”', 'Then it ended.']);
  });

  it('does not split before a lower-case word, a number with a point, or an ellipsis mid-sentence', () => {
    expect(splitSentences('It rose 2.5 percent, e.g. in March… and fell.')).toEqual([
      'It rose 2.5 percent, e.g. in March… and fell.',
    ]);
  });

  it('gives nothing for empty text and one sentence for text without a stop', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('True')).toEqual(['True']);
  });
});

describe('pickVoice', () => {
  const voice = (lang: string, extra: Partial<{ localService: boolean; default: boolean }> = {}) => ({
    lang,
    localService: false,
    default: false,
    ...extra,
  });

  it('prefers the same language and region, then the default voice, then one on the device', () => {
    const gb = voice('en-GB', { default: true });
    const us = voice('en-US');
    const usLocal = voice('en_US', { localService: true });
    expect(pickVoice([gb, us, usLocal], 'en-US')).toBe(usLocal);
    expect(pickVoice([gb, voice('fr-FR')], 'en-US')).toBe(gb);
  });

  it('finds no voice where the device has none for the language', () => {
    expect(pickVoice([voice('fr-FR'), voice('es-ES')], 'en-US')).toBeNull();
    expect(pickVoice([], 'en-US')).toBeNull();
  });
});
