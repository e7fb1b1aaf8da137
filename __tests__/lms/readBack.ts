/*
 * Reads exported files back with parsers nobody on this project wrote: Debian's unzip and xmllint, jsdom's XML and
 * HTML parsers, gift-pegjs. Each reader gives the same shape, so one comparison checks every format.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseGift, type GIFTQuestion, type MultipleChoice } from 'gift-pegjs';
import type { Question } from '@/lib/content/schema';
import { SOURCES } from '@/lib/content/sources';
import { SPEAKERS } from '@/lib/content/speakers';

export interface ReadChoice {
  text: string;
  right: boolean;
  feedback?: string;
}
export interface ReadQuestion {
  prompt: string;
  choices: ReadChoice[];
  feedback: string;
}

/** A zip as Debian's unzip sees it: `unzip -t` passes, and every file it holds, by path. */
export function unzipped(bytes: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-lms-'));
  try {
    const file = join(dir, 'package.zip');
    writeFileSync(file, bytes);
    execFileSync('unzip', ['-tq', file]);
    const paths = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
    return Object.fromEntries(
      paths.map((path) => [path, execFileSync('unzip', ['-p', file, path], { encoding: 'utf8' })]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Throws with xmllint's own message when the text is not well-formed XML. */
export function checkWellFormed(xml: string): void {
  execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function parseXml(xml: string): Document {
  checkWellFormed(xml);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('jsdom could not parse the XML');
  return doc;
}

const BLOCKS = new Set(['p', 'blockquote', 'li', 'ul', 'ol', 'div', 'h1']);

/** An element's text as a reader sees it: a <br> is a line break, and blocks stand on lines of their own. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  node.childNodes.forEach((child) => {
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE)
      parts.push(child.nodeValue ?? '');
    else if (child.nodeType === child.ELEMENT_NODE) {
      const name = (child as Element).localName.toLowerCase();
      if (name === 'br') parts.push('\n');
      else parts.push(BLOCKS.has(name) ? `${textOf(child)}\n` : textOf(child));
    }
  });
  return parts.join('');
}

/** The text of an HTML fragment that travels as text inside XML (QTI 1.2's mattext, Moodle's CDATA). */
export function htmlFragmentText(html: string): string {
  return textOf(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body).replace(/\n$/, '');
}

const children = (parent: Element | Document, name: string) => Array.from(parent.getElementsByTagName(name));
const child = (parent: Element, name: string) => {
  const found = children(parent, name)[0];
  if (!found) throw new Error(`no <${name}> in <${parent.localName}>`);
  return found;
};

export function readGift(text: string): (ReadQuestion & { title: string })[] {
  return parseGift(text)
    .filter((q: GIFTQuestion): q is MultipleChoice => {
      if (q.type !== 'MC') throw new Error(`gift-pegjs read a ${q.type} question`);
      return true;
    })
    .map((q) => ({
      title: q.title ?? '',
      prompt: q.stem.text,
      choices: q.choices.map((c) => ({
        text: c.text.text,
        right: c.isCorrect || (c.weight ?? 0) > 0,
        feedback: c.feedback?.text,
      })),
      feedback: q.globalFeedback?.text ?? '',
    }));
}

export function readMoodle(xml: string): ReadQuestion[] {
  return children(parseXml(xml), 'question').map((q) => ({
    prompt: htmlFragmentText(child(child(q, 'questiontext'), 'text').textContent ?? ''),
    choices: children(q, 'answer').map((a) => ({
      text: htmlFragmentText(child(a, 'text').textContent ?? ''),
      right: Number(a.getAttribute('fraction')) > 0,
      feedback: htmlFragmentText(child(child(a, 'feedback'), 'text').textContent ?? ''),
    })),
    feedback: htmlFragmentText(child(child(q, 'generalfeedback'), 'text').textContent ?? ''),
  }));
}

/** QTI 1.2: the key is the choice the scoring condition gives 100 for (with `not` around the wrong ones). */
export function readQti12(xml: string): ReadQuestion[] {
  return children(parseXml(xml), 'item').map((item) => {
    const feedbacks = new Map(
      children(item, 'itemfeedback').map((f) => [f.getAttribute('ident'), htmlFragmentText(f.textContent ?? '')]),
    );
    const scoring = children(item, 'respcondition').find((r) => children(r, 'setvar')[0]?.textContent === '100');
    if (!scoring) throw new Error('no condition scores the item');
    const keyed = children(scoring, 'varequal')
      .filter((v) => v.parentElement?.localName !== 'not')
      .map((v) => v.textContent);
    const shown = (ident: string | null) =>
      children(item, 'respcondition')
        .filter((r) => children(r, 'varequal')[0]?.textContent === ident && !children(r, 'setvar').length)
        .map((r) => feedbacks.get(child(r, 'displayfeedback').getAttribute('linkrefid')))[0];
    return {
      prompt: htmlFragmentText(child(child(item, 'presentation'), 'mattext').textContent ?? ''),
      choices: children(item, 'response_label').map((label) => ({
        text: child(label, 'mattext').textContent ?? '',
        right: keyed.includes(label.getAttribute('ident') ?? ''),
        feedback: shown(label.getAttribute('ident')),
      })),
      feedback: feedbacks.get('general_fb') ?? '',
    };
  });
}

export function readQti3Item(xml: string): ReadQuestion & { wrongFeedback: string } {
  const item = parseXml(xml).documentElement;
  const keyed = children(child(item, 'qti-correct-response'), 'qti-value').map((v) => v.textContent);
  const modal = (id: string) =>
    textOf(children(item, 'qti-modal-feedback').find((m) => m.getAttribute('identifier') === id)!).replace(/\n$/, '');
  return {
    prompt: textOf(child(child(item, 'qti-prompt'), 'p')),
    choices: children(item, 'qti-simple-choice').map((c) => ({
      text: textOf(c),
      right: keyed.includes(c.getAttribute('identifier') ?? ''),
    })),
    feedback: modal('RIGHT'),
    wrongFeedback: modal('WRONG'),
  };
}

export function readHtml(html: string): ReadQuestion[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.querySelectorAll('body > ol > li')).map((li) => ({
    prompt: textOf(li.querySelector(':scope > p')!),
    choices: Array.from(li.querySelectorAll(':scope > ul > li')).map((c) => {
      const text = textOf(c);
      return { text: text.replace(/ \(right answer\)$/, ''), right: text.endsWith(' (right answer)') };
    }),
    feedback: Array.from(li.querySelectorAll(':scope > p, :scope > blockquote'))
      .slice(1)
      .map((p) => textOf(p))
      .join('')
      .replace(/\n$/, ''),
  }));
}

/** What the student must get back from any format: the prompt, the choices in order, the key. */
export function expectSameQuestion(read: ReadQuestion, question: Question): void {
  expect(read.prompt).toBe(question.prompt);
  expect(read.choices.map((c) => c.text)).toEqual(question.choices.map((c) => c.text));
  expect(read.choices.filter((c) => c.right).map((c) => c.text)).toEqual(
    question.choices.filter((c) => question.answer.includes(c.id)).map((c) => c.text),
  );
}

/** Feedback that holds the explanation, the quote verbatim, whose words they are and where they stand. */
export function expectFullFeedback(feedback: string | undefined, question: Question): void {
  expect(feedback).toContain(question.explanation);
  expect(feedback).toContain(question.quote.text);
  expect(feedback).toContain(SPEAKERS[question.quote.speaker].label);
  expect(feedback).toContain(SOURCES[question.quote.sourceId].title);
  expect(feedback).toContain(`paragraph ${question.quote.paragraph}`);
}
