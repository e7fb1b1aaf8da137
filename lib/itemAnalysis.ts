// What looks across a class's answers, for the item analysis: apart from lib/gradebook.ts so that it loads with
// the results' tables, not with the gradebook page.
import type { QuestionRef } from './content/refs';
import type { Question } from './content/schema';
import { answerText } from './gradebook';
import type { Receipt } from './receipt';
import type { GivenAnswer } from './speakerMixUps';
import { isCorrect } from './scoring';

export interface ItemStats {
  ref: QuestionRef;
  question: Question;
  asked: number;
  correct: number;
  /** The wrong answer most students chose, as choice texts, with how many chose it. */
  commonWrong: { text: string; count: number } | null;
}

/**
 * Per question: how many got it right, and the most common wrong answer, for the teacher to discuss. One pass over
 * the answers, each distinct wrong answer put in words once: a district's 10,000 results are read in one render.
 */
export function itemAnalysis(receipts: readonly Receipt[], lookup: ReadonlyMap<QuestionRef, Question>): ItemStats[] {
  const tallies = new Map<QuestionRef, { question: Question; asked: number; wrong: Map<string, number> }>();
  const wordsOf = new Map<QuestionRef, Map<string, string>>();
  for (const receipt of receipts) {
    receipt.questions.forEach((ref, i) => {
      const question = lookup.get(ref);
      if (!question) return;
      const tally = tallies.get(ref) ?? { question, asked: 0, wrong: new Map<string, number>() };
      tallies.set(ref, tally);
      tally.asked += 1;
      const answer = receipt.answers[i] ?? [];
      if (isCorrect(question, answer)) return;
      const words = wordsOf.get(ref) ?? new Map<string, string>();
      wordsOf.set(ref, words);
      const key = answer.join('\n');
      const text = words.get(key) ?? answerText(question, answer);
      words.set(key, text);
      tally.wrong.set(text, (tally.wrong.get(text) ?? 0) + 1);
    });
  }
  return [...tallies].map(([ref, { question, asked, wrong }]) => {
    const [text, count] = [...wrong.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    return {
      ref,
      question,
      asked,
      correct: asked - [...wrong.values()].reduce((sum, n) => sum + n, 0),
      commonWrong: text === undefined ? null : { text, count: count ?? 0 },
    };
  });
}

/**
 * Every answer in these results, with its question, for what looks across a class (lib/speakerMixUps.ts): one at
 * a time, since a district's results hold hundreds of thousands.
 */
export function* answersIn(
  receipts: readonly Receipt[],
  lookup: ReadonlyMap<QuestionRef, Question>,
): Generator<GivenAnswer> {
  for (const receipt of receipts)
    for (const [index, ref] of receipt.questions.entries())
      yield { ref, question: lookup.get(ref), chosen: receipt.answers[index] ?? [] };
}
