import { z } from 'zod';
import type { Quiz } from './schema';
import { foldForComparison } from './text';
import { questionRef } from './refs';

/**
 * Every question id and choice id ever published, with what it meant. Saved progress, review decks, assignment
 * links and result receipts name questions and choices by id, so an id is never given another meaning: a question
 * whose key changes, or a choice in other words, takes a new id, and the old one stays retired here for good.
 */
export const LedgerEntrySchema = z.object({
  prompt: z.string(),
  answer: z.array(z.string()),
  choices: z.record(z.string(), z.string()),
  /** Choices taken out of the question: their ids never come back. */
  retiredChoices: z.record(z.string(), z.string()).optional(),
  /** A retired question: its id never comes back. */
  retired: z.literal(true).optional(),
});
export const LedgerSchema = z.object({
  about: z.string(),
  /** Keyed by "quiz-id/question-id". */
  questions: z.record(z.string(), LedgerEntrySchema),
});
export type Ledger = z.infer<typeof LedgerSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export const LEDGER_FILE = 'quizzes/ids-ledger.json';
export const LEDGER_ABOUT =
  'Every question and choice id ever published, with what it meant. Never edit an answer here; a new key or a ' +
  'choice in other words takes a new id. `npm run content:update` records new ids and retires removed ones.';
const UPDATE = 'run `npm run content:update` to';

const same = (a: string, b: string) => foldForComparison(a).toLowerCase() === foldForComparison(b).toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

interface Located {
  fileName: string;
  quiz: Quiz;
}

/** What the bank does to ids that the ledger says it must not, one line per problem, naming file and question. */
export function ledgerProblems(ledger: Ledger, quizzes: readonly Located[]): string[] {
  const problems: string[] = [];
  const live = new Set<string>();
  for (const { fileName, quiz } of quizzes) {
    for (const question of quiz.questions) {
      const ref = questionRef(quiz.id, question.id);
      live.add(ref);
      const at = (field: string, message: string) =>
        problems.push(`${fileName}: question "${question.id}": ${field}: ${message}`);
      const entry = ledger.questions[ref];
      if (!entry) {
        at('id', `not recorded in ${LEDGER_FILE}: ${UPDATE} record it`);
        continue;
      }
      if (entry.retired) {
        at('id', `"${question.id}" was retired (it asked "${entry.prompt}"): give this question a new id`);
        continue;
      }
      if (!sameSet(entry.answer, question.answer)) {
        at(
          'answer',
          `the key changed from [${entry.answer.join(', ')}] to [${question.answer.join(', ')}]: a question with ` +
            `another key is another question: give it a new id (${UPDATE} retire this one)`,
        );
      }
      if (!same(entry.prompt, question.prompt)) {
        at(
          'prompt',
          `the prompt changed from "${entry.prompt}": if it asks something else, give the question a new id; if it ` +
            `asks the same in better words, copy the new prompt into ${LEDGER_FILE}`,
        );
      }
      question.choices.forEach((choice, i) => {
        const was = entry.choices[choice.id];
        const retired = entry.retiredChoices?.[choice.id];
        if (retired !== undefined) {
          at(`choices.${i}.id`, `choice id "${choice.id}" was retired (it said "${retired}"): use a new id`);
        } else if (was === undefined) {
          at(`choices.${i}.id`, `choice "${choice.id}" is not recorded in ${LEDGER_FILE}: ${UPDATE} record it`);
        } else if (!same(was, choice.text)) {
          at(
            `choices.${i}.text`,
            `choice "${choice.id}" said "${was}": a choice in other words takes a new id (if only the spelling ` +
              `changed, copy the new words into ${LEDGER_FILE})`,
          );
        }
      });
      Object.keys(entry.choices)
        .filter((id) => !question.choices.some((c) => c.id === id))
        .forEach((id) => at('choices', `choice "${id}" was taken out: ${UPDATE} retire its id`));
    }
  }
  Object.entries(ledger.questions)
    .filter(([ref, entry]) => !entry.retired && !live.has(ref))
    .forEach(([ref]) => problems.push(`${LEDGER_FILE}: "${ref}" is no longer in the bank: ${UPDATE} retire its id`));
  return problems;
}

/**
 * The ledger with the bank's new ids recorded and its removed ones retired. What a recorded id meant is never
 * rewritten: a changed key or choice stays a problem for `ledgerProblems` to report.
 */
export function updatedLedger(ledger: Ledger, quizzes: readonly Located[]): Ledger {
  const questions: Record<string, LedgerEntry> = structuredClone(ledger.questions);
  const live = new Set<string>();
  for (const { quiz } of quizzes) {
    for (const question of quiz.questions) {
      const ref = questionRef(quiz.id, question.id);
      live.add(ref);
      const entry = (questions[ref] ??= {
        prompt: question.prompt,
        answer: [...question.answer],
        choices: {},
      });
      if (entry.retired) continue;
      for (const choice of question.choices) {
        if (entry.choices[choice.id] === undefined && entry.retiredChoices?.[choice.id] === undefined) {
          entry.choices[choice.id] = choice.text;
        }
      }
      for (const [id, text] of Object.entries(entry.choices)) {
        if (question.choices.some((c) => c.id === id)) continue;
        delete entry.choices[id];
        entry.retiredChoices = { ...entry.retiredChoices, [id]: text };
      }
    }
  }
  for (const [ref, entry] of Object.entries(questions)) {
    if (!live.has(ref)) entry.retired = true;
  }
  const sorted = Object.fromEntries(Object.entries(questions).sort(([a], [b]) => a.localeCompare(b)));
  return { about: LEDGER_ABOUT, questions: sorted };
}
