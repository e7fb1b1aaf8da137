import type { Question } from '../content/schema';
import { SOURCES, formatCitation } from '../content/sources';
import { SPEAKERS } from '../content/speakers';
import { QUESTION_INSTRUCTIONS, choiceTexts } from '../questionTypes';

/** A bank question with the quiz it belongs to: ids are unique only within a quiz. */
export interface LmsQuestion {
  quizId: string;
  question: Question;
}

/** What one exported file holds: a quiz, or the questions of an assignment. */
export interface QuestionSet {
  /** A slug: it names the file and the assessment inside it. */
  id: string;
  title: string;
  questions: readonly LmsQuestion[];
}

/** What each answer's feedback says: why, in the source's own words, and whose words they are. */
export interface Feedback {
  /** The right choice or choices, in words. */
  answer: string;
  explanation: string;
  /** The quote, verbatim. */
  quote: string;
  speaker: string;
  /** Where the quote stands: author, title, outlet, date and paragraph. */
  citation: string;
}

/**
 * An identifier every format accepts (QTI wants an XML name: a letter first, no slash). Slugs hold no dots, so
 * the dot keeps quiz and question apart, and the same question always gets the same identifier.
 */
export function itemIdent({ quizId, question }: LmsQuestion): string {
  return `sc.${quizId}.${question.id}`;
}

/** A choice's identifier in the QTI formats, where a slug starting with a digit is not a name. */
export function choiceIdent(choiceId: string): string {
  return `c.${choiceId}`;
}

export function feedbackOf(question: Question): Feedback {
  const { quote } = question;
  return {
    answer: choiceTexts(question.choices, question.answer),
    explanation: question.explanation,
    quote: quote.text,
    speaker: SPEAKERS[quote.speaker].label,
    citation: `${formatCitation(SOURCES[quote.sourceId])}, paragraph ${quote.paragraph}`,
  };
}

/** The quote line of the feedback: the words, then who says them and where. */
export function quoteLine(feedback: Feedback): string {
  return `“${feedback.quote}” (${feedback.speaker}; ${feedback.citation})`;
}

/** The whole feedback as plain text, one part a line, for the formats that carry no markup. */
export function feedbackText(feedback: Feedback): string {
  return `Answer: ${feedback.answer}.\n${feedback.explanation}\n${quoteLine(feedback)}`;
}

/** What a choice's own feedback opens with, before the explanation. */
export function verdict(right: boolean): string {
  return right ? 'Right.' : 'Not right.';
}

/**
 * True/false and finding/claim keep their order, as they do in the app (lib/questionTypes.ts keeps its own set
 * private, so the pages that shuffle carry no export for a page that never loads this).
 */
export function keepsChoiceOrder(question: Question): boolean {
  return question.type === 'true-false' || question.type === 'evidence';
}

export function isMultiple(question: Question): boolean {
  return question.type === 'multi';
}

export function instructionOf(question: Question): string {
  return QUESTION_INSTRUCTIONS[question.type];
}

/** A short name for a question where a system lists them: the prompt's start, cut between characters. */
export function itemTitle(question: Question): string {
  const characters = Array.from(question.prompt);
  return characters.length <= 80 ? question.prompt : `${characters.slice(0, 79).join('')}…`;
}

/**
 * Moodle's fractions for a select-all question: the right choices share 100%, and any wrong one takes it all
 * away (Moodle never scores below 0), the nearest its core question types come to the app's all-or-nothing.
 * Five decimals, as Moodle's own list of fractions has them (33.33333).
 */
export function moodleFractions(question: Question): { right: string; wrong: string } {
  if (!isMultiple(question)) return { right: '100', wrong: '0' };
  return { right: String(Number((100 / question.answer.length).toFixed(5))), wrong: '-100' };
}
