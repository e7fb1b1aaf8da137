/**
 * @jest-environment node
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  bankProblems,
  MIN_QUESTIONS_PER_CLAIM,
  MIN_TYPES_PER_CLAIM,
  validateBank,
  type Bank,
} from '@/lib/content/bank';
import { LEDGER_ABOUT, updatedLedger } from '@/lib/content/ledger';
import { loadBank, loadSourceTexts } from '@/lib/content/load';
import type { Question, Quiz } from '@/lib/content/schema';
import { makePairQuestion, makeQuestion, makeQuiz } from '../fixtures';

const claim = {
  id: 'china-did-not-deploy',
  summary: 'China considered but did not deploy influence efforts.',
  speaker: 'report' as const,
  paragraphs: [14, 15],
};

/** A small valid bank: two quiz files testing one claim with three questions of three types. */
function makeBank(): Bank {
  const china = makeQuiz([
    makeQuestion(),
    { ...makePairQuestion('true-false'), id: 'china-tf', prompt: 'The report says China considered them.' },
  ]);
  const analyst: Quiz = {
    ...makeQuiz([{ ...makePairQuestion('evidence'), id: 'china-ev', prompt: 'China considered them: finding?' }]),
    id: 'read-like-an-analyst',
  };
  const quizzes = [
    { fileName: 'quizzes/china-and-iran.json', quiz: china },
    { fileName: 'quizzes/read-like-an-analyst.json', quiz: analyst },
  ];
  return {
    quizzes,
    claims: [claim],
    sourceParagraphs: loadSourceTexts(),
    ledger: updatedLedger({ about: LEDGER_ABOUT, questions: {} }, quizzes),
  };
}

/** The bank with its ledger written afresh, for a test whose point is not the ledger. */
function recorded(bank: Bank): Bank {
  return { ...bank, ledger: updatedLedger({ about: LEDGER_ABOUT, questions: {} }, bank.quizzes) };
}

/** The bank with one question of the first quiz changed. */
function withQuestion(bank: Bank, index: number, change: Partial<Question>): Bank {
  const [first, ...rest] = bank.quizzes;
  const questions = first!.quiz.questions.map((q, i) => (i === index ? { ...q, ...change } : q));
  return { ...bank, quizzes: [{ ...first!, quiz: { ...first!.quiz, questions } }, ...rest] };
}

describe('the rules across the question bank', () => {
  it('finds nothing wrong with a bank that keeps them', () => {
    expect(bankProblems(makeBank())).toEqual([]);
  });

  it('names both files and questions when a prompt is asked twice', () => {
    const bank = recorded(withQuestion(makeBank(), 1, { prompt: 'china considered them: FINDING?' }));
    expect(bankProblems(bank)).toEqual([
      'quizzes/read-like-an-analyst.json: question "china-ev": prompt: the same prompt as ' +
        'quizzes/china-and-iran.json question "china-tf": ask each thing once',
    ]);
  });

  const needs = `it needs at least ${MIN_QUESTIONS_PER_CLAIM} questions of ${MIN_TYPES_PER_CLAIM} types`;

  it('names a claim tested by too few questions', () => {
    const bank = makeBank();
    const [china] = bank.quizzes;
    const one = { ...china!, quiz: { ...china!.quiz, questions: china!.quiz.questions.slice(0, 1) } };
    expect(bankProblems(recorded({ ...bank, quizzes: [one] }))).toEqual([
      'quizzes/claims.json: claim "china-did-not-deploy": tested by 1 question(s) of 1 type(s) ' +
        `(china-and-iran/china-did-not-deploy): ${needs}`,
    ]);
  });

  it('names a claim tested by questions of one type only', () => {
    const sameType = (id: string, prompt: string) => ({ ...makePairQuestion('true-false'), id, prompt });
    const questions = Array.from({ length: MIN_QUESTIONS_PER_CLAIM }, (_, i) => sameType(`tf-${i}`, `Statement ${i}.`));
    const bank = recorded({
      ...makeBank(),
      quizzes: [{ fileName: 'quizzes/china-and-iran.json', quiz: makeQuiz(questions) }],
    });
    expect(bankProblems(bank)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^quizzes/claims\\.json: claim "china-did-not-deploy": tested by ${MIN_QUESTIONS_PER_CLAIM} question\\(s\\) of 1 type\\(s\\)`,
        ),
      ),
    ]);
  });

  it('names a claim whose paragraphs the source does not have', () => {
    const bank = { ...makeBank(), claims: [{ ...claim, paragraphs: [15, 40] }] };
    expect(bankProblems(bank)).toEqual([
      'quizzes/claims.json: claim "china-did-not-deploy": paragraphs: the source has no paragraph 40',
    ]);
  });

  it('names a question that quotes a paragraph carrying none of its claims', () => {
    const quote = {
      ...makeQuestion().quote,
      text: 'The U.S. Treasury Department placed sanctions on Derkach last year.',
      speaker: 'npr' as const,
      paragraph: 21,
    };
    expect(bankProblems(recorded(withQuestion(makeBank(), 0, { quote })))).toEqual([
      'quizzes/china-and-iran.json: question "china-did-not-deploy": quote.paragraph: paragraph 21 carries none of ' +
        'the claims the question tests (china-did-not-deploy): quote a paragraph that does, or add the paragraph to ' +
        'the claim in quizzes/claims.json',
    ]);
  });

  it('throws every problem at once, so the build stops on them', () => {
    const bank = { ...makeBank(), claims: [{ ...claim, paragraphs: [15, 40] }] };
    expect(() => validateBank(recorded(withQuestion(bank, 1, { prompt: 'China considered them: finding?' })))).toThrow(
      /^The question bank breaks 2 rule\(s\):\nquizzes\/read-like-an-analyst\.json: question "china-ev": prompt: .*\nquizzes\/claims\.json: claim "china-did-not-deploy": paragraphs: /,
    );
  });
});

describe('the loader', () => {
  const cwd = process.cwd();
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bank-'));
    fs.cpSync(path.join(cwd, 'quizzes'), path.join(dir, 'quizzes'), { recursive: true });
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the real bank', () => {
    expect(loadBank().length).toBeGreaterThan(0);
  });

  it('fails, as the build does, on a rule that spans two quiz files', () => {
    const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, 'quizzes', name), 'utf8')) as Quiz;
    const china = read('china-and-iran.json');
    const analyst = read('read-like-an-analyst.json');
    analyst.questions[0]!.prompt = china.questions[0]!.prompt;
    fs.writeFileSync(path.join(dir, 'quizzes', 'read-like-an-analyst.json'), JSON.stringify(analyst));
    expect(() => loadBank()).toThrow(
      `quizzes/read-like-an-analyst.json: question "${analyst.questions[0]!.id}": prompt: the same prompt as ` +
        `quizzes/china-and-iran.json question "${china.questions[0]!.id}"`,
    );
  });
});
