import type { QuestionType } from './content/schema';

type Choice = { id: string; text: string };

/** What a new question's choices start from: the words for a finding of its source, and the source's speakers. */
export interface ChoiceStart {
  finding: string;
  speakers: Choice[];
}

/** The choices a question type starts with: the fixed pairs, the source's speakers, or three blanks to write. */
export function startingChoices(type: QuestionType, start: ChoiceStart): Choice[] {
  switch (type) {
    case 'true-false':
      return [
        { id: 'true', text: 'True' },
        { id: 'false', text: 'False' },
      ];
    case 'evidence':
      return [
        { id: 'finding', text: start.finding },
        { id: 'unsupported', text: 'A claim offered without evidence' },
      ];
    case 'speaker':
      return start.speakers.map((speaker) => ({ ...speaker }));
    default:
      return [
        { id: 'a', text: '' },
        { id: 'b', text: '' },
        { id: 'c', text: '' },
      ];
  }
}

/**
 * A question as another kind: written choices stay when it moves between one answer and select-all (arrow keys
 * move through the kinds, and must not wipe what the teacher wrote); the fixed kinds start from their own choices.
 */
export function retyped(
  question: { type: QuestionType; answer: string[] },
  type: QuestionType,
  start: ChoiceStart,
): { type: QuestionType; answer: string[]; choices?: Choice[] } {
  const written = (t: QuestionType) => t === 'single' || t === 'multi';
  if (written(type) && written(question.type)) {
    return { type, answer: type === 'single' ? question.answer.slice(0, 1) : question.answer };
  }
  return { type, choices: startingChoices(type, start), answer: [] };
}
