import type { Question } from '../content/schema';
import {
  choiceIdent,
  feedbackOf,
  isMultiple,
  itemIdent,
  itemTitle,
  verdict,
  type LmsQuestion,
  type QuestionSet,
} from './items';
import { feedbackHtml, htmlText, xmlAttr, xmlText } from './markup';

/*
 * QTI 1.2 as Canvas writes and reads it, with the Common Cartridge profile's fields beside Canvas's own, so the
 * one assessment serves both the plain QTI zip and the cartridge.
 */

/** Canvas's question type and the Common Cartridge profile for each kind of question. */
function itemKind(question: Question): { canvas: string; cc: string } {
  if (isMultiple(question)) return { canvas: 'multiple_answers_question', cc: 'cc.multiple_response.v0p1' };
  if (question.type === 'true-false') return { canvas: 'true_false_question', cc: 'cc.true_false.v0p1' };
  return { canvas: 'multiple_choice_question', cc: 'cc.multiple_choice.v0p1' };
}

const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${xmlText(entry)}</fieldentry></qtimetadatafield>`;

const html = (fragment: string) => `<material><mattext texttype="text/html">${xmlText(fragment)}</mattext></material>`;

const feedbackBlock = (ident: string, fragment: string) =>
  `<itemfeedback ident="${ident}"><flow_mat>${html(fragment)}</flow_mat></itemfeedback>`;

const GENERAL = 'general_fb';
const feedbackIdent = (choiceId: string) => `${choiceIdent(choiceId)}_fb`;
const showFeedback = (ident: string) => `<displayfeedback feedbacktype="Response" linkrefid="${ident}"/>`;

function item(entry: LmsQuestion): string {
  const { question } = entry;
  const kind = itemKind(question);
  const feedback = feedbackOf(question);
  const right = (id: string) => question.answer.includes(id);
  const chosen = (id: string) => `<varequal respident="response1">${choiceIdent(id)}</varequal>`;
  // Right when the key is chosen and nothing else: the app gives no partial credit on select-all questions.
  const rightResponse = isMultiple(question)
    ? `<and>${question.choices.map((c) => (right(c.id) ? chosen(c.id) : `<not>${chosen(c.id)}</not>`)).join('')}</and>`
    : chosen(question.answer[0]!);
  return [
    `<item ident="${xmlAttr(itemIdent(entry))}" title="${xmlAttr(itemTitle(question))}">`,
    `<itemmetadata><qtimetadata>`,
    field('question_type', kind.canvas),
    field('cc_profile', kind.cc),
    field('points_possible', '1'),
    field('cc_weighting', '1'),
    `</qtimetadata></itemmetadata>`,
    `<presentation>${html(htmlText(question.prompt))}`,
    `<response_lid ident="response1" rcardinality="${isMultiple(question) ? 'Multiple' : 'Single'}"><render_choice>`,
    ...question.choices.map(
      (c) =>
        `<response_label ident="${choiceIdent(c.id)}"><material><mattext texttype="text/plain">${xmlText(c.text)}</mattext></material></response_label>`,
    ),
    `</render_choice></response_lid></presentation>`,
    `<resprocessing>`,
    `<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>`,
    `<respcondition continue="Yes"><conditionvar><other/></conditionvar>${showFeedback(GENERAL)}</respcondition>`,
    ...question.choices.map(
      (c) =>
        `<respcondition continue="Yes"><conditionvar>${chosen(c.id)}</conditionvar>${showFeedback(feedbackIdent(c.id))}</respcondition>`,
    ),
    `<respcondition continue="No"><conditionvar>${rightResponse}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
    `</resprocessing>`,
    feedbackBlock(GENERAL, feedbackHtml(feedback)),
    ...question.choices.map((c) => feedbackBlock(feedbackIdent(c.id), feedbackHtml(feedback, verdict(right(c.id))))),
    `</item>`,
  ].join('\n');
}

/** One assessment, a `questestinterop` document, holding every question of the set. */
export function qti12Assessment(set: QuestionSet): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_qtiasiv1p2p1_v1p0.xsd">`,
    `<assessment ident="${xmlAttr(set.id)}" title="${xmlAttr(set.title)}">`,
    `<qtimetadata>${field('cc_profile', 'cc.exam.v0p1')}${field('qmd_assessmenttype', 'Examination')}${field('cc_maxattempts', '1')}</qtimetadata>`,
    `<section ident="root_section">`,
    ...set.questions.map(item),
    `</section>`,
    `</assessment>`,
    `</questestinterop>`,
    '',
  ].join('\n');
}
