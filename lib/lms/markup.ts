import { quoteLine, type Feedback } from './items';

/*
 * XML 1.0 cannot hold most C0 controls even as references, and a parser turns a carriage return into a line
 * feed: so the first become spaces (as the app does with names) and the second a reference, which survives.
 */
const XML_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data, read back exactly as written (quotes escaped too, so it may go in an attribute). */
export function xmlText(text: string): string {
  return text
    .replace(XML_UNSAFE, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Text as an attribute value: a parser turns a line break or tab there into a space, a reference it keeps. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Text inside CDATA: a `]]>` in it would end the section, so it is split across two. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(XML_UNSAFE, ' ').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Text as an HTML (and XHTML) fragment: escaped, its line breaks kept as breaks. */
export function htmlText(text: string): string {
  return xmlText(text).replace(/&#13;/g, '').replace(/\n/g, '<br/>');
}

/** The feedback as an XHTML fragment, which is HTML too: answer, explanation, then the quote and whose it is. */
export function feedbackHtml(feedback: Feedback, lead?: string): string {
  return [
    `<p>${lead ? `${htmlText(lead)} ` : ''}<strong>Answer:</strong> ${htmlText(feedback.answer)}.</p>`,
    `<p>${htmlText(feedback.explanation)}</p>`,
    `<blockquote><p>${htmlText(quoteLine(feedback))}</p></blockquote>`,
  ].join('');
}
