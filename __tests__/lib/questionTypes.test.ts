import fc from 'fast-check';
import { loadQuizzes } from '@/lib/content/load';
import { chosenTexts, practiceQuestion, QUESTION_INSTRUCTIONS, shuffledChoices } from '@/lib/questionTypes';
import { makePairQuestion, makeQuestion } from '../fixtures';

const ids = (choices: readonly { id: string }[]) => choices.map((c) => c.id);

describe('the order a student sees choices in', () => {
  it('keeps true/false and finding/claim pairs in their fixed order', () => {
    const trueFalse = makePairQuestion('true-false');
    const evidence = makePairQuestion('evidence');
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(ids(shuffledChoices(trueFalse, seed))).toEqual(['true', 'false']);
        expect(ids(shuffledChoices(evidence, seed))).toEqual(['finding', 'unsupported']);
      }),
    );
  });

  it('shows every choice once, in the same order for the same attempt', () => {
    const question = makeQuestion();
    fc.assert(
      fc.property(fc.nat(), fc.string(), (startedAt, ref) => {
        const order = ids(practiceQuestion(question, startedAt, ref).choices);
        expect([...order].sort()).toEqual(ids(question.choices).sort());
        expect(ids(practiceQuestion(question, startedAt, ref).choices)).toEqual(order);
      }),
    );
  });

  it('gives a student who always picks the first choice no better than chance on the real quizzes', () => {
    const attempts = Array.from({ length: 600 }, (_, i) => 1_700_000_000_000 + i * 997);
    for (const quiz of loadQuizzes()) {
      for (const question of quiz.questions.filter((q) => q.type === 'single' || q.type === 'speaker')) {
        const ref = `${quiz.id}/${question.id}`;
        const firstIsRight = attempts.filter((startedAt) =>
          question.answer.includes(practiceQuestion(question, startedAt, ref).choices[0]!.id),
        ).length;
        const chance = 1 / question.choices.length;
        expect({ ref, share: Math.abs(firstIsRight / attempts.length - chance) < 0.08 }).toEqual({ ref, share: true });
      }
    }
  });
});

describe('a student’s answer in words', () => {
  const choices = makeQuestion().choices;

  it('names the choices the student picked', () => {
    expect(chosenTexts(choices, ['never', 'deployed'])).toBe('Deployed them widely; Never considered them');
  });

  it('says a choice has gone from the quiz rather than leaving the answer blank', () => {
    expect(chosenTexts(choices, ['since-2016'])).toBe('a choice no longer in this quiz');
    expect(chosenTexts(choices, ['deployed', 'since-2016'])).toBe(
      'Deployed them widely; a choice no longer in this quiz',
    );
  });
});

describe('what a question says before its choices', () => {
  it('says how to answer, never asks the question again: the prompts ask it', () => {
    for (const instruction of Object.values(QUESTION_INSTRUCTIONS)) expect(instruction).not.toMatch(/\?/);
    const asked = loadQuizzes().flatMap((quiz) => quiz.questions);
    for (const question of asked) {
      const words = QUESTION_INSTRUCTIONS[question.type].replace(/\.$/, '').toLowerCase();
      expect(`${question.id}: ${question.prompt.toLowerCase()}`).not.toContain(words);
    }
  });
});
