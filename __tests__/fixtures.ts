import type { Question, Quiz } from '@/lib/content/schema';

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
