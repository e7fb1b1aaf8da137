import { ledgerProblems, type Ledger } from './ledger';
import type { Claim, Quiz } from './schema';
import { foldForComparison } from './text';
import { questionRef } from './refs';

/** Every claim in the registry is tested by at least this many questions, of at least two types. */
export const MIN_QUESTIONS_PER_CLAIM = 3;
export const MIN_TYPES_PER_CLAIM = 2;

export interface Bank {
  /** Each quiz with the file it came from, already valid against the quiz file schema. */
  quizzes: readonly { fileName: string; quiz: Quiz }[];
  claims: readonly Claim[];
  /** Each source's paragraphs, numbered from 1. */
  sourceParagraphs: Record<string, string[]>;
  ledger: Ledger;
}

/**
 * The rules no single quiz file can check: prompts are unique across the bank, every claim is tested often enough
 * and in more than one way, every question quotes a paragraph that carries a claim it tests, and ids keep their
 * meaning for good (the ledger). One line per problem, naming the file, the question and the field.
 */
export function bankProblems(bank: Bank): string[] {
  const problems: string[] = [];
  const questions = bank.quizzes.flatMap(({ fileName, quiz }) =>
    quiz.questions.map((question) => ({ fileName, quiz, question })),
  );
  const claimsById = new Map(bank.claims.map((claim) => [claim.id, claim]));
  const paragraphCount = Math.max(0, ...Object.values(bank.sourceParagraphs).map((p) => p.length));

  const firstWithPrompt = new Map<string, (typeof questions)[number]>();
  for (const entry of questions) {
    const prompt = foldForComparison(entry.question.prompt).toLowerCase();
    const first = firstWithPrompt.get(prompt);
    if (first) {
      problems.push(
        `${entry.fileName}: question "${entry.question.id}": prompt: the same prompt as ${first.fileName} ` +
          `question "${first.question.id}": ask each thing once`,
      );
    } else firstWithPrompt.set(prompt, entry);

    const { claims, quote } = entry.question;
    if (!claims.some((id) => claimsById.get(id)?.paragraphs.includes(quote.paragraph))) {
      problems.push(
        `${entry.fileName}: question "${entry.question.id}": quote.paragraph: paragraph ${quote.paragraph} carries ` +
          `none of the claims the question tests (${claims.join(', ')}): quote a paragraph that does, or add the ` +
          'paragraph to the claim in quizzes/claims.json',
      );
    }
  }

  for (const claim of bank.claims) {
    claim.paragraphs
      .filter((p) => p > paragraphCount)
      .forEach((p) =>
        problems.push(`quizzes/claims.json: claim "${claim.id}": paragraphs: the source has no paragraph ${p}`),
      );
    const testing = questions.filter(({ question }) => question.claims.includes(claim.id));
    const types = new Set(testing.map(({ question }) => question.type));
    if (testing.length < MIN_QUESTIONS_PER_CLAIM || types.size < MIN_TYPES_PER_CLAIM) {
      const by = testing.map(({ quiz, question }) => questionRef(quiz.id, question.id)).join(', ') || 'none';
      problems.push(
        `quizzes/claims.json: claim "${claim.id}": tested by ${testing.length} question(s) of ${types.size} ` +
          `type(s) (${by}): it needs at least ${MIN_QUESTIONS_PER_CLAIM} questions of ${MIN_TYPES_PER_CLAIM} types`,
      );
    }
  }

  return [...problems, ...ledgerProblems(bank.ledger, bank.quizzes)];
}

/** Throws with every problem of the bank named, so the build and the tests fail on the same rules. */
export function validateBank(bank: Bank): void {
  const problems = bankProblems(bank);
  if (problems.length > 0)
    throw new Error(`The question bank breaks ${problems.length} rule(s):\n${problems.join('\n')}`);
}
