import type { Question, Quiz } from '@/lib/content/schema';
import { makeReceipt } from '@/lib/receipt';
import type { TeacherData } from '@/lib/teacherBackup';

export const SOURCE_ID = 'npr-2021-03-16-russia-2020-election';

export function makeQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'china-did-not-deploy',
    type: 'single',
    prompt: 'What does the report say China did about influence efforts?',
    choices: [
      { id: 'deployed', text: 'Deployed them widely' },
      { id: 'considered', text: 'Considered them but did not deploy them' },
      { id: 'never', text: 'Never considered them' },
    ],
    answer: ['considered'],
    explanation: 'The report says China considered influence efforts but did not deploy them.',
    quote: {
      text: 'We assess that China considered but did not deploy influence efforts intended to change the outcome of the U.S. presidential election',
      sourceId: SOURCE_ID,
      speaker: 'report',
      paragraph: 15,
    },
    claims: ['china-did-not-deploy'],
    ...overrides,
  };
}

/** A true/false or finding/claim question: the two kinds whose choices keep their order. */
export function makePairQuestion(type: 'true-false' | 'evidence'): Question {
  const choices =
    type === 'true-false'
      ? [
          { id: 'true', text: 'True' },
          { id: 'false', text: 'False' },
        ]
      : [
          { id: 'finding', text: 'A finding of the report' },
          { id: 'unsupported', text: 'A claim offered without evidence' },
        ];
  return makeQuestion({ type, choices, answer: [choices[0]!.id] });
}

export function makeQuiz(questions: Question[] = [makeQuestion()]): Quiz {
  return {
    id: 'china-and-iran',
    title: 'China and Iran',
    summary: 'What the report says about China and Iran.',
    topic: 'China and Iran',
    level: 'core',
    questions,
  };
}

/** When the teacher backup of the tests was made. */
export const BACKED_UP_AT = Date.UTC(2026, 11, 1, 12);

/** Everything a teacher has, one of each kind, as the backup tests use it. */
export const backedUp: TeacherData = {
  assignments: [
    {
      assignment: {
        version: 1,
        id: 'k3x9mp2a',
        questions: ['the-vote-itself'],
        shuffleQuestions: true,
        shuffleChoices: true,
        feedback: 'practice',
        title: 'Warm-up',
        className: 'Civics 3',
        contentVersion: 'deadbeef',
      },
      createdAt: BACKED_UP_AT - 1000,
    },
  ],
  rosters: [
    {
      className: 'Civics 3',
      names: ['Ana Lopez', 'Ben Okafor'],
      joins: { 'ben o': 'Ben Okafor' },
      updatedAt: BACKED_UP_AT,
    },
  ],
  results: [
    makeReceipt({
      assignment: 'k3x9mp2a',
      title: 'Warm-up',
      className: 'Civics 3',
      name: 'Ana Lopez',
      questions: ['the-vote-itself/one'],
      answers: [['true']],
      correct: 1,
      startedAt: BACKED_UP_AT - 600_000,
      finishedAt: BACKED_UP_AT - 300_000,
      contentVersion: 'deadbeef',
    }),
  ],
  dropBoxes: [
    {
      id: 'b'.repeat(22),
      readToken: 't'.repeat(43),
      publicKey: 'k'.repeat(87),
      privateKey: { kty: 'EC', crv: 'P-256', d: 'secret' },
      assignment: 'k3x9mp2a',
      createdAt: BACKED_UP_AT - 1000,
      expiresAt: BACKED_UP_AT + 1000,
    },
  ],
};
