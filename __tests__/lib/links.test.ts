import { backToQuestion, sourceLink } from '@/lib/links';

describe('the way from a quote to its source and back', () => {
  const quote = {
    sourceId: 'npr-2021-03-16-russia-2020-election' as const,
    paragraph: 13,
    text: 'a "major push" & more',
  };

  it('carries the quote and the question’s page, and lands on the paragraph', () => {
    const link = new URL(sourceLink(quote, '/assignment#a1.xyz'), 'https://app.example');
    expect(link.pathname).toBe('/sources/npr-2021-03-16-russia-2020-election');
    expect(link.searchParams.get('quote')).toBe(quote.text);
    expect(backToQuestion(link.searchParams.get('back'))).toBe('/assignment#a1.xyz');
    expect(link.hash).toBe('#p-13');
    expect(sourceLink(quote)).not.toContain('back=');
  });

  it('leads back only to a page of this app', () => {
    expect(backToQuestion('/quiz/claims')).toBe('/quiz/claims');
    for (const elsewhere of [
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
    ]) {
      expect(backToQuestion(elsewhere)).toBeNull();
    }
    expect(backToQuestion(null)).toBeNull();
    expect(backToQuestion('/quiz/claims/results#review-x')).toBe('/quiz/claims/results#review-x');
  });
});
