import {
  keepsChoiceOrder,
  feedbackOf,
  itemIdent,
  itemTitle,
  moodleFractions,
  verdict,
  type QuestionSet,
} from './items';
import { cdata, feedbackHtml, htmlText, xmlText } from './markup';

const text = (fragment: string) => `<text>${cdata(fragment)}</text>`;

/** Moodle XML: every question a multichoice one (single or select-all), HTML in CDATA, feedback on every answer. */
export function moodleXml(set: QuestionSet): string {
  const questions = set.questions.map((entry) => {
    const { question } = entry;
    const feedback = feedbackOf(question);
    const fractions = moodleFractions(question);
    const single = question.type !== 'multi';
    return [
      `<question type="multichoice">`,
      `<name><text>${xmlText(itemTitle(question))}</text></name>`,
      `<questiontext format="html">${text(htmlText(question.prompt))}</questiontext>`,
      `<generalfeedback format="html">${text(feedbackHtml(feedback))}</generalfeedback>`,
      `<defaultgrade>1</defaultgrade><penalty>0</penalty><hidden>0</hidden>`,
      `<idnumber>${xmlText(itemIdent(entry))}</idnumber>`,
      `<single>${single}</single>`,
      `<shuffleanswers>${!keepsChoiceOrder(question)}</shuffleanswers>`,
      `<answernumbering>none</answernumbering>`,
      ...question.choices.map((c) => {
        const right = question.answer.includes(c.id);
        return `<answer fraction="${right ? fractions.right : fractions.wrong}" format="html">${text(htmlText(c.text))}<feedback format="html">${text(feedbackHtml(feedback, verdict(right)))}</feedback></answer>`;
      }),
      `</question>`,
    ].join('\n');
  });
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<quiz>`, ...questions, `</quiz>`, ''].join('\n');
}
