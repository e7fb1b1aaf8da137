import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { htmlToText, joinArticle, splitArticle, unpairedQuotationMarks } from '@/lib/articleText';
import { MAX_ARTICLE_CHARS } from '@/lib/content/article';

const fixture = (name: string) => readFileSync(`e2e/fixtures/${name}`, 'utf8');
const paragraphsOf = (text: string) => {
  const split = splitArticle(text);
  if (!split.ok) throw new Error(split.reason);
  return split.paragraphs;
};

describe('an article’s text becomes paragraphs', () => {
  it('numbers the blocks between blank lines, joining the line breaks inside a block', () => {
    const paragraphs = paragraphsOf(fixture('article.txt'));
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe('Riverside Council Keeps The Library Open Late');
    expect(paragraphs[1]).toBe(
      'The Riverside town council voted 5 to 2 on Tuesday night to keep the public library open until 9 p.m. on school days, reversing a cut it had approved in the spring.',
    );
  });

  it('keeps typographic quotation marks, apostrophes and dashes exactly', () => {
    const [, , quoted, budget] = paragraphsOf(fixture('article.txt'));
    expect(quoted).toMatch(/^“Students need a quiet, warm place to work after dark,” said Mayor Ana Ruiz/);
    expect(budget).toContain('The town’s budget office warned that the later hours cost $40,000 a year — money');
  });

  it('reads Windows line ends, tabs and lines of spaces as white space', () => {
    expect(paragraphsOf('One\r\nline.\r\n \t \r\nTwo\tparts.')).toEqual(['One line.', 'Two parts.']);
  });

  it('refuses a text too long with its size and the limit, and cuts nothing', () => {
    const long = Array.from({ length: 7 }, () => 'word '.repeat(400).trim()).join('\n\n');
    const split = splitArticle(long);
    expect(split).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /is 13,993 characters long, and an article can be at most 12,000\. Nothing was cut/,
      ),
    });
    expect(splitArticle(Array.from({ length: 4 }, () => 'x'.repeat(MAX_ARTICLE_CHARS / 4)).join('\n\n')).ok).toBe(true);
    expect(splitArticle(' \n\n ')).toEqual({ ok: false, reason: 'There is no text to write on yet.' });
  });

  it('gives back the same paragraphs when its paragraphs are split again, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const split = splitArticle(text);
        if (!split.ok) return;
        expect(splitArticle(joinArticle(split.paragraphs))).toEqual(split);
        split.paragraphs.forEach((p) => expect(p).toBe(p.trim()));
      }),
    );
  });
});

describe('an HTML page becomes the article’s text', () => {
  it('takes a paragraph from each block, and nothing from scripts, styles or noscript', () => {
    const text = htmlToText(fixture('article.html'));
    expect(paragraphsOf(text)).toEqual(paragraphsOf(fixture('article.txt')));
    expect(text).not.toMatch(/SCRIPT|STYLE|NOSCRIPT|color: red/);
  });

  it('keeps markup written as text as text, and leaves no markup of the page', () => {
    expect(htmlToText('<p>Use &lt;b&gt; for <i>bold</i></p><p>a&nbsp;b</p>')).toBe('Use <b> for bold\n\na b');
    const tags = fc.constantFrom('p', 'div', 'b', 'span', 'li', 'script', 'style', 'template', 'h2');
    const html = fc.array(fc.tuple(tags, fc.stringMatching(/^[a-z ]{0,12}$/)), { maxLength: 12 });
    fc.assert(
      fc.property(html, (parts) => {
        const hidden = (tag: string) => ['script', 'style', 'template'].includes(tag);
        const text = htmlToText(
          parts.map(([tag, words]) => `<${tag}>${hidden(tag) ? 'HIDDEN' : ''}${words}</${tag}>`).join(''),
        );
        expect(text).not.toMatch(/[<>]|HIDDEN/);
      }),
    );
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (html) => void splitArticle(htmlToText(html))));
  });
});

describe('quotation marks', () => {
  it('names the paragraphs whose straight or typographic marks do not pair up', () => {
    expect(unpairedQuotationMarks(['He said "yes" and left.', '“It runs on', 'and on.”', '“One,” two'])).toEqual([
      2, 3,
    ]);
  });
});
