import type { Question, QuestionType } from './content/schema';
import { hashString } from './hash';
import { seededRandom, shuffle } from './shuffle';

/**
 * How to answer each kind of question, said before the choices. Only how: the prompt asks the question itself
 * ("Who says…?", "Is this a finding of the report…?"), so saying it again here would say it twice.
 */
export const QUESTION_INSTRUCTIONS: Record<QuestionType, string> = {
  single: 'Choose one answer.',
  'true-false': 'Choose true or false.',
  multi: 'Select all that apply.',
  speaker: 'Choose one speaker.',
  evidence: 'Choose one.',
};

export function choiceTexts(choices: readonly { id: string; text: string }[], ids: readonly string[]): string {
  return choices
    .filter((c) => ids.includes(c.id))
    .map((c) => c.text)
    .join('; ');
}

/**
 * What a student chose, in words. A choice replaced in the quiz file since (a new choice takes a new id) is said to
 * be gone, not left out: the student never saw the words that replaced it.
 */
export function chosenTexts(choices: readonly { id: string; text: string }[], chosen: readonly string[]): string {
  const gone = chosen.some((id) => !choices.some((c) => c.id === id));
  return [choiceTexts(choices, chosen), gone ? 'a choice no longer in this quiz' : ''].filter(Boolean).join('; ');
}

/** What an answered question says of the answer: the student's, and the right one only when it differs. */
export function answerLines(
  question: Pick<Question, 'choices' | 'answer'>,
  record: { choiceIds: readonly string[]; correct: boolean } | undefined,
): string[] {
  const yours = record ? chosenTexts(question.choices, record.choiceIds) : '—';
  return record?.correct ? [yours] : [yours, choiceTexts(question.choices, question.answer)];
}

/** True/false and finding/claim keep their fixed order: shuffling a pair only confuses. */
const FIXED_ORDER: ReadonlySet<QuestionType> = new Set(['true-false', 'evidence']);

/**
 * A question's choices in an order drawn from a seed: the same seed always gives the same order, so a reload shows
 * what the student saw before, while the right answer's place in the quiz file tells a student nothing.
 */
export function shuffledChoices(question: Question, seed: number): Question['choices'] {
  if (FIXED_ORDER.has(question.type)) return question.choices;
  return shuffle(question.choices, seededRandom(seed));
}

/** A question as one practice attempt or review pass shows it: a new attempt draws new orders, a reload does not. */
export function practiceQuestion(question: Question, startedAt: number, ref: string): Question {
  return { ...question, choices: shuffledChoices(question, hashString(`${startedAt}\n${ref}`)) };
}
