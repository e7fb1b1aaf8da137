import type { Question } from './content/schema';
import { isSourceId } from './content/sources';
import { speakerLine } from './content/speakers';
import { answerLines } from './questionTypes';

/**
 * "ODNI" is what choices and labels call the report's publisher: short enough for a phone's choice, and meaningless
 * to a ninth-grader who has never read it spelled out. So a page spells it out where it first names it, once.
 */
const ODNI = /\bODNI\b/;
const SPELLED_OUT = 'Office of the Director of National Intelligence (ODNI)';

export function mentionsOdni(text: string): boolean {
  return ODNI.test(text);
}

/** "The ODNI report" as a page first says it: "The Office of the Director of National Intelligence (ODNI) report". */
export function spellOutOdni(text: string): string {
  return text.replace(ODNI, SPELLED_OUT);
}

/**
 * Texts in the order a student reads them, with the abbreviation spelled out in the first that uses it, and `rest`
 * true when none did (so whatever comes after them on the page still has to).
 */
export function spellOutFirst(texts: readonly string[]): { texts: string[]; rest: boolean } {
  const first = texts.findIndex(mentionsOdni);
  return {
    texts: texts.map((text, index) => (index === first ? spellOutOdni(text) : text)),
    rest: first === -1,
  };
}

/**
 * Which of a page of answered questions first names the publisher, in what each shows of it (the answers, then the
 * quote's speaker); -1 when none does.
 */
export function firstAnsweredToName(
  answered: readonly { question: Question | undefined; record: Parameters<typeof answerLines>[1] }[],
): number {
  return answered.findIndex(
    ({ question, record }) =>
      question !== undefined &&
      // A question on a teacher's article has speakers of its own, none of them the bank's (lib/content/article.ts).
      [...answerLines(question, record), ...(isSourceId(question.quote.sourceId) ? [speakerLine(question)] : [])].some(
        mentionsOdni,
      ),
  );
}
