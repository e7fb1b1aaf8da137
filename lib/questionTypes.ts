import type { QuestionType } from './content/schema';

/** What each kind of question asks of the student, said before the choices. */
export const QUESTION_INSTRUCTIONS: Record<QuestionType, string> = {
  single: 'Choose one answer.',
  'true-false': 'True or false?',
  multi: 'Select all that apply.',
  speaker: 'Who says this? Choose one.',
  evidence: 'A finding of the report, or a claim offered without evidence? Choose one.',
};

export function choiceTexts(choices: readonly { id: string; text: string }[], ids: readonly string[]): string {
  return choices
    .filter((c) => ids.includes(c.id))
    .map((c) => c.text)
    .join('; ');
}
