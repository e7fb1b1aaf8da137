import {
  keepsChoiceOrder,
  choiceIdent,
  feedbackOf,
  isMultiple,
  itemIdent,
  itemTitle,
  type LmsQuestion,
  type QuestionSet,
} from './items';
import { feedbackHtml, htmlText, xmlAttr } from './markup';

const NAMESPACE = 'xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"';
const SCHEMA =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd"';

/** The two feedbacks an item shows after it is answered, named by the FEEDBACK outcome its scoring sets. */
export const QTI3_FEEDBACK = { right: 'RIGHT', wrong: 'WRONG' } as const;

const setOutcome = (identifier: string, baseType: string, value: string) =>
  `<qti-set-outcome-value identifier="${identifier}"><qti-base-value base-type="${baseType}">${value}</qti-base-value></qti-set-outcome-value>`;

const outcome = (identifier: string, baseType: string, value?: string) =>
  `<qti-outcome-declaration identifier="${identifier}" cardinality="single" base-type="${baseType}">${
    value === undefined ? '' : `<qti-default-value><qti-value>${value}</qti-value></qti-default-value>`
  }</qti-outcome-declaration>`;

/**
 * One item. Scored by matching the key exactly (no partial credit on select-all, as in the app), and answered by
 * a modal feedback that holds the explanation, the quote, its speaker and its citation.
 */
export function qti3Item(entry: LmsQuestion): string {
  const { question } = entry;
  const feedback = feedbackOf(question);
  const modal = (identifier: string, title: string) =>
    `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="${identifier}" show-hide="show" title="${title}"><qti-content-body>${feedbackHtml(feedback, title + '.')}</qti-content-body></qti-modal-feedback>`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<qti-assessment-item ${NAMESPACE} ${SCHEMA} identifier="${xmlAttr(itemIdent(entry))}" title="${xmlAttr(itemTitle(question))}" adaptive="false" time-dependent="false" xml:lang="en">`,
    `<qti-response-declaration identifier="RESPONSE" cardinality="${isMultiple(question) ? 'multiple' : 'single'}" base-type="identifier">`,
    `<qti-correct-response>${question.answer.map((id) => `<qti-value>${choiceIdent(id)}</qti-value>`).join('')}</qti-correct-response>`,
    `</qti-response-declaration>`,
    outcome('SCORE', 'float', '0'),
    outcome('MAXSCORE', 'float', '1'),
    outcome('FEEDBACK', 'identifier'),
    `<qti-item-body>`,
    `<qti-choice-interaction response-identifier="RESPONSE" max-choices="${isMultiple(question) ? 0 : 1}" min-choices="0" shuffle="${!keepsChoiceOrder(question)}">`,
    `<qti-prompt><p>${htmlText(question.prompt)}</p></qti-prompt>`,
    ...question.choices.map(
      (c) => `<qti-simple-choice identifier="${choiceIdent(c.id)}">${htmlText(c.text)}</qti-simple-choice>`,
    ),
    `</qti-choice-interaction>`,
    `</qti-item-body>`,
    `<qti-response-processing><qti-response-condition>`,
    `<qti-response-if><qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>`,
    setOutcome('SCORE', 'float', '1') + setOutcome('FEEDBACK', 'identifier', QTI3_FEEDBACK.right),
    `</qti-response-if><qti-response-else>`,
    setOutcome('SCORE', 'float', '0') + setOutcome('FEEDBACK', 'identifier', QTI3_FEEDBACK.wrong),
    `</qti-response-else>`,
    `</qti-response-condition></qti-response-processing>`,
    modal(QTI3_FEEDBACK.right, 'Right'),
    modal(QTI3_FEEDBACK.wrong, 'Not right'),
    `</qti-assessment-item>`,
    '',
  ].join('\n');
}

/** The test that puts the items in the set's order and adds up their scores. */
export function qti3Test(set: QuestionSet, items: readonly { ident: string; path: string }[]): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<qti-assessment-test ${NAMESPACE} ${SCHEMA} identifier="sc.${xmlAttr(set.id)}" title="${xmlAttr(set.title)}">`,
    outcome('SCORE', 'float', '0'),
    `<qti-test-part identifier="part" navigation-mode="nonlinear" submission-mode="individual">`,
    `<qti-assessment-section identifier="section" title="${xmlAttr(set.title)}" visible="true">`,
    ...items.map((i) => `<qti-assessment-item-ref identifier="${xmlAttr(i.ident)}" href="${xmlAttr(i.path)}"/>`),
    `</qti-assessment-section>`,
    `</qti-test-part>`,
    `<qti-outcome-processing><qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value></qti-outcome-processing>`,
    `</qti-assessment-test>`,
    '',
  ].join('\n');
}
