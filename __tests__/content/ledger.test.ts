/**
 * @jest-environment node
 */
import fs from 'node:fs';
import { LEDGER_ABOUT, LEDGER_FILE, ledgerProblems, updatedLedger, type Ledger } from '@/lib/content/ledger';
import { loadLedger, parseQuizFile, quizFileNames } from '@/lib/content/load';
import type { Question } from '@/lib/content/schema';
import { makeQuestion, makeQuiz } from '../fixtures';

const FILE = 'quizzes/china-and-iran.json';
const bankWith = (...questions: Question[]) => [{ fileName: FILE, quiz: makeQuiz(questions) }];
const published: Ledger = updatedLedger({ about: LEDGER_ABOUT, questions: {} }, bankWith(makeQuestion()));
const question = makeQuestion();

describe('the ids ledger', () => {
  it('accepts the bank it was written from', () => {
    expect(ledgerProblems(published, bankWith(question))).toEqual([]);
  });

  it('fails a question whose key changed under the same id', () => {
    const rekeyed = { ...question, answer: ['never'] };
    expect(ledgerProblems(published, bankWith(rekeyed))).toEqual([
      `${FILE}: question "china-did-not-deploy": answer: the key changed from [considered] to [never]: a question ` +
        'with another key is another question: give it a new id (run `npm run content:update` to retire this one)',
    ]);
  });

  it('fails a retired question id that comes back', () => {
    const retired = updatedLedger(published, bankWith());
    expect(retired.questions['china-and-iran/china-did-not-deploy']?.retired).toBe(true);
    expect(ledgerProblems(retired, bankWith(question))).toEqual([
      `${FILE}: question "china-did-not-deploy": id: "china-did-not-deploy" was retired (it asked "${question.prompt}"): ` +
        'give this question a new id',
    ]);
  });

  it('fails a choice put in other words under the same id, and a retired choice id that comes back', () => {
    const reworded = {
      ...question,
      choices: question.choices.map((c) => (c.id === 'never' ? { ...c, text: 'Weighed them for years' } : c)),
    };
    expect(ledgerProblems(published, bankWith(reworded))).toEqual([
      `${FILE}: question "china-did-not-deploy": choices.2.text: choice "never" said "Never considered them": a ` +
        `choice in other words takes a new id (if only the spelling changed, copy the new words into ${LEDGER_FILE})`,
    ]);
    const without = { ...question, choices: question.choices.slice(0, 2) };
    const retired = updatedLedger(published, bankWith(without));
    expect(ledgerProblems(retired, bankWith(question))).toEqual([
      `${FILE}: question "china-did-not-deploy": choices.2.id: choice id "never" was retired (it said "Never ` +
        'considered them"): use a new id',
    ]);
  });

  it('lets a choice change only its case, spacing or quote marks', () => {
    const respelled = {
      ...question,
      choices: question.choices.map((c) => (c.id === 'never' ? { ...c, text: 'never  considered them' } : c)),
    };
    expect(ledgerProblems(published, bankWith(respelled))).toEqual([]);
  });

  it('asks for new and removed ids to be recorded, and records them without rewriting what an id meant', () => {
    const added = { ...question, id: 'china-held-back', prompt: 'What did China hold back?' };
    expect(ledgerProblems(published, bankWith(added))).toEqual([
      `${FILE}: question "china-held-back": id: not recorded in ${LEDGER_FILE}: run \`npm run content:update\` to record it`,
      `${LEDGER_FILE}: "china-and-iran/china-did-not-deploy" is no longer in the bank: run \`npm run content:update\` ` +
        'to retire its id',
    ]);
    const rekeyed = { ...question, answer: ['never'] };
    const updated = updatedLedger(published, bankWith(rekeyed, added));
    expect(updated.questions['china-and-iran/china-did-not-deploy']?.answer).toEqual(['considered']);
    expect(ledgerProblems(updated, bankWith(rekeyed, added))).toHaveLength(1);
  });
});

describe(`${LEDGER_FILE}`, () => {
  const bank = quizFileNames().map((name) => ({ fileName: `quizzes/${name}`, quiz: parseQuizFile(name) }));

  // `npm run content:update` records new ids and retires removed ones; it never changes what an id meant.
  if (process.env.UPDATE_CONTENT === '1') {
    fs.writeFileSync(LEDGER_FILE, `${JSON.stringify(updatedLedger(loadLedger(), bank), null, 2)}\n`);
  }

  it('records every question and choice id of the bank with the meaning it was published with', () => {
    expect(ledgerProblems(loadLedger(), bank)).toEqual([]);
  });
});
