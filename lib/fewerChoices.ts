import { hashString } from './hash';

/** A question as the rule needs it: its id, its choices' ids and its key. */
interface ChoiceQuestion {
  id: string;
  choices: readonly { id: string }[];
  answer: readonly string[];
}

/** Questions with fewer choices than this keep them all: a true-false or a three-way question has none to spare. */
export const FEWER_CHOICES_FROM = 4;

/**
 * The "fewer choices" accommodation: one wrong choice taken out of each question that has four or more. Which
 * one depends only on the student and the question, so the same student sees the same choices on every device
 * and every reload, and two students of a class do not all lose the same one. A key is never removed.
 */
export function withFewerChoices<Q extends ChoiceQuestion>(question: Q, student: string): Q {
  const wrong = question.choices.filter((choice) => !question.answer.includes(choice.id));
  if (question.choices.length < FEWER_CHOICES_FROM || wrong.length === 0) return question;
  const removed = wrong[hashString(`${student}\u0000${question.id}`) % wrong.length]!;
  return { ...question, choices: question.choices.filter((choice) => choice !== removed) };
}
