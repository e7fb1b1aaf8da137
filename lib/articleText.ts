import { articleLength, MAX_ARTICLE_CHARS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from './content/article';
import type { ArticleCitation } from './content/article';
import { foldForComparison } from './content/text';
import { formatDate } from './format';

export type SplitArticle = { ok: true; paragraphs: string[] } | { ok: false; reason: string };

/**
 * An article's text as paragraphs, numbered as the source page numbers them: blocks separated by a blank line, the
 * single line breaks inside a block joined, runs of white space (and control characters) made one space. Nothing else
 * changes: typographic quotation marks, apostrophes and dashes stay exactly as they are. A text too long for an
 * article is refused with its size and the limit, never cut.
 */
export function splitArticle(text: string): SplitArticle {
  const paragraphs = text
    .split(/\n[^\S\n]*\n/)
    .map((block) => block.replace(/[\s\p{Cc}]+/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) return { ok: false, reason: 'There is no text to write on yet.' };
  const length = articleLength(paragraphs);
  if (length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      reason: `This article is ${count(length)} characters long, and an article can be at most ${count(MAX_ARTICLE_CHARS)}. Nothing was cut: choose the part your questions are about and paste only that.`,
    };
  }
  const long = paragraphs.findIndex((paragraph) => paragraph.length > MAX_PARAGRAPH_CHARS);
  if (long !== -1) {
    return {
      ok: false,
      reason: `Paragraph ${long + 1} is ${count(paragraphs[long]!.length)} characters long, and a paragraph can be at most ${count(MAX_PARAGRAPH_CHARS)}: leave a blank line between its paragraphs.`,
    };
  }
  if (paragraphs.length > MAX_PARAGRAPHS) {
    return {
      ok: false,
      reason: `This text has ${paragraphs.length} paragraphs; an article can have ${MAX_PARAGRAPHS}.`,
    };
  }
  return { ok: true, paragraphs };
}

/** Paragraphs as a text the splitter reads back to the same paragraphs: one blank line between each. */
export function joinArticle(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** Elements whose content is never an article's words: code, styles, templates, embedded things and forms' parts. */
const NOT_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, math, canvas, select, button, head';

/** Elements that start a paragraph of their own; every other element's text runs on inside its paragraph. */
const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/**
 * The text of an HTML page, a paragraph per block element, as the splitter reads it. The page is parsed as an inert
 * document (DOMParser's 'text/html' runs no script and loads nothing), and only the text of its nodes is read:
 * nothing of the markup survives as markup.
 */
export function htmlToText(html: string, parse: (html: string) => Document = parseHtml): string {
  const doc = parse(html);
  doc.querySelectorAll(NOT_TEXT).forEach((element) => element.remove());
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') blocks.push(current);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (name === 'br') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  if (doc.body) walk(doc.body);
  flush();
  return joinArticle(blocks.map((block) => block.replace(/[\s\p{Cc}]+/gu, ' ').trim()));
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * The paragraphs whose quotation marks do not pair up. The speaker rule reads inside and outside quotation marks,
 * so the teacher is told where it cannot: a quotation running on into the next paragraph opens each paragraph with a
 * mark and closes only the last, and a straight mark may be an inch sign.
 */
export function unpairedQuotationMarks(paragraphs: readonly string[]): number[] {
  return paragraphs.flatMap((paragraph, i) =>
    (foldForComparison(paragraph).match(/"/g)?.length ?? 0) % 2 === 1 ? [i + 1] : [],
  );
}

/** A count as it is read aloud and written: 12,000. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A teacher's article cited as the bank's source is (lib/content/sources.ts): author, “title,” outlet, date. */
export function formatArticleCitation(citation: ArticleCitation): string {
  const author = citation.author ? `${citation.author}, ` : '';
  const date = citation.published ? `, ${formatDate(citation.published)}` : '';
  return `${author}“${citation.title},” ${citation.outlet}${date}`;
}
