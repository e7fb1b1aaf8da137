import { feedbackOf, type QuestionSet } from './items';
import { feedbackHtml, htmlText } from './markup';

/** A page that opens in any browser and pastes into any editor: for a system that imports none of the formats. */
export function htmlDocument(set: QuestionSet): string {
  const questions = set.questions.map(({ question }) => {
    const choices = question.choices
      .map(
        (c) =>
          `<li>${htmlText(c.text)}${question.answer.includes(c.id) ? ' <strong>(right answer)</strong>' : ''}</li>`,
      )
      .join('');
    return `<li><p>${htmlText(question.prompt)}</p><ul>${choices}</ul>${feedbackHtml(feedbackOf(question))}</li>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${htmlText(set.title)}: answer key</title></head>`,
    `<body><h1>${htmlText(set.title)}</h1>`,
    `<ol>`,
    ...questions,
    `</ol></body></html>`,
    '',
  ].join('\n');
}
