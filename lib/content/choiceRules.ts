import { foldForComparison } from './text';

/** A rule a question breaks: the field, and what is wrong with it in words its author can act on. */
export type Problem = { path: (string | number)[]; message: string };

interface Choices {
  type: string;
  choices: { id: string; text: string }[];
  answer: string[];
}

/**
 * The rules of choices and keys every question keeps, the bank's and those on a teacher's article alike. Who may be
 * a speaker question's choice and key depends on whose source the question quotes: `speakerProblems` says.
 */
export function choiceProblems<Q extends Choices>(
  question: Q,
  speakerProblems: (question: Q, choiceIds: string[]) => Problem[],
): Problem[] {
  const problems: Problem[] = [];
  const fail = (path: (string | number)[], message: string) => problems.push({ path, message });
  const choiceIds = question.choices.map((c) => c.id);
  duplicatesOf(choiceIds).forEach((id) => fail(['choices'], `choice id "${id}" is used twice`));
  duplicatesOf(question.choices.map((c) => foldForComparison(c.text).toLowerCase())).forEach((text) =>
    fail(['choices'], `choice text "${text}" is used twice`),
  );
  duplicatesOf(question.answer).forEach((id) => fail(['answer'], `answer id "${id}" is listed twice`));
  question.answer.forEach((id, i) => {
    if (!choiceIds.includes(id)) fail(['answer', i], `"${id}" is not one of the choice ids (${choiceIds.join(', ')})`);
  });
  if (question.choices.some((c) => /\b(all|none) of the above\b/i.test(c.text))) {
    fail(['choices'], '"all/none of the above" is not allowed: every choice must stand on its own');
  }
  if (question.type === 'multi') {
    if (question.choices.length < 3) fail(['choices'], 'a multi question needs at least 3 choices');
    if (question.answer.length === question.choices.length) {
      fail(['answer'], 'a multi question cannot have every choice right');
    }
  } else if (question.answer.length !== 1) {
    fail(['answer'], `a ${question.type} question has exactly one right choice`);
  }
  if (question.type === 'true-false' && !sameSet(choiceIds, ['true', 'false'])) {
    fail(['choices'], 'a true-false question has exactly the choices "true" and "false"');
  }
  if (question.type === 'evidence' && !sameSet(choiceIds, ['finding', 'unsupported'])) {
    fail(['choices'], 'an evidence question has exactly the choices "finding" and "unsupported"');
  }
  if (question.type === 'speaker') problems.push(...speakerProblems(question, choiceIds));
  if ((question.type === 'single' || question.type === 'speaker') && question.choices.length < 3) {
    fail(['choices'], `a ${question.type} question needs at least 3 choices`);
  }
  return problems;
}

export function duplicatesOf(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

export function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && b.every((v) => a.includes(v));
}
