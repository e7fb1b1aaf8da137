/**
 * @jest-environment node
 */
import { glossaryFileSchema } from '@/lib/content/schema';
import { glossaryTermsIn, markGlossaryTerms } from '@/lib/glossary';

const TERMS = [
  { id: 'proxy', forms: ['proxy', 'proxies'] },
  { id: 'odni', forms: ['ODNI', 'Office of the Director of National Intelligence'] },
  { id: 'intelligence-community', forms: ['intelligence community'] },
  { id: 'we-assess', forms: ['we assess'] },
];

const marked = (text: string) =>
  markGlossaryTerms(text, TERMS)
    .filter((s) => s.termId)
    .map((s) => `${s.termId}:${s.text}`);

describe('markGlossaryTerms', () => {
  it('marks whole words only, never part of another word', () => {
    expect(marked('Russia used proxies. A proxyserver is not one, nor is approxy.')).toEqual(['proxy:proxies']);
    expect(marked('proxy2 and proxy')).toEqual(['proxy:proxy']);
  });

  it('finds a word in any case, an abbreviation only in capitals', () => {
    expect(marked('Proxies and PROXY')).toEqual(['proxy:Proxies', 'proxy:PROXY']);
    expect(marked('the ODNI report, not odni.gov')).toEqual(['odni:ODNI']);
  });

  it('finds terms inside quotation marks, straight or curly, and across a line break', () => {
    expect(marked('"We assess that China…" and “we assess” and the intelligence\ncommunity')).toEqual([
      'we-assess:We assess',
      'we-assess:we assess',
      'intelligence-community:intelligence\ncommunity',
    ]);
  });

  it('prefers the longer of two overlapping forms and keeps every character of the text', () => {
    const text = 'says the Office of the Director of National Intelligence (ODNI).';
    const segments = markGlossaryTerms(text, TERMS);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(marked(text)).toEqual(['odni:Office of the Director of National Intelligence', 'odni:ODNI']);
  });

  it('leaves a text without terms as one plain stretch', () => {
    expect(markGlossaryTerms('Nothing here.', TERMS)).toEqual([{ text: 'Nothing here.', termId: null }]);
    expect(markGlossaryTerms('', TERMS)).toEqual([]);
  });

  it('lists each term found across texts once', () => {
    expect(glossaryTermsIn(['proxies', 'ODNI and proxy'], TERMS)).toEqual(['proxy', 'odni']);
  });
});

describe('glossaryFileSchema', () => {
  const entry = {
    id: 'proxy',
    term: 'proxy',
    also: ['proxies'],
    definition: 'Someone who acts for someone else.',
    sourceId: 'npr-2021-03-16-russia-2020-election',
    paragraphs: [2],
  };
  const source = { 'npr-2021-03-16-russia-2020-election': ['No such word.', 'It used proxies.', 'A proxy.'] };

  it('names the paragraphs a term really stands in when the entry says otherwise', () => {
    const result = glossaryFileSchema(source).safeParse([entry]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      '"proxy" stands in paragraphs 2, 3 of "npr-2021-03-16-russia-2020-election", not 2',
    );
    expect(glossaryFileSchema(source).safeParse([{ ...entry, paragraphs: [2, 3] }]).success).toBe(true);
  });

  it('refuses a form claimed by two entries', () => {
    const other = { ...entry, id: 'stand-in', term: 'stand-in', also: ['Proxies'], paragraphs: [2] };
    const result = glossaryFileSchema(source).safeParse([{ ...entry, paragraphs: [2, 3] }, other]);
    expect(result.error?.issues.map((i) => i.message)).toContain('"proxies" is a form of two glossary entries');
  });
});
