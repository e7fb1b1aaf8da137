import './zodConfig';
import type { Assignment } from './assignment';
import { groundingProblems, QuestionSchema, type Question } from './content/schema';

export interface CheckedOwnQuestions {
  /** The assignment with only the teacher's questions that keep every rule (none left: no `ownQuestions`). */
  assignment: Assignment;
  /** One sentence for each question left out, naming it and what is wrong with it. */
  problems: string[];
}

/** A prompt as a problem names its question: its first words, enough to find it in the teacher's list. */
function named(question: unknown, index: number): string {
  const prompt = (question as { prompt?: unknown } | null)?.prompt;
  const words = typeof prompt === 'string' ? prompt.trim().replace(/\s+/g, ' ') : '';
  const short = words.length > 60 ? `${words.slice(0, 60)}…` : words;
  return short
    ? `Question ${index + 1} of your teacher’s own (“${short}”)`
    : `Question ${index + 1} of your teacher’s own`;
}

/**
 * The teacher's own questions held to the bank's rules: the bank's QuestionSchema (choices, key, the rules of its
 * type) and the quote's grounding in the source's paragraphs (verbatim, in the paragraph it names, its speaker). A
 * link is made by a teacher's browser, but it can be edited on the way, so nothing of it is trusted: a question
 * that fails is left out and named, and the bank's questions (and the teacher's that pass) still work.
 */
export function checkOwnQuestions(
  assignment: Assignment,
  sourceParagraphs: Record<string, string[]>,
): CheckedOwnQuestions {
  const kept: Question[] = [];
  const problems: string[] = [];
  (assignment.ownQuestions ?? []).forEach((raw, index) => {
    const parsed = QuestionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join(' ') || 'question';
      problems.push(`${named(raw, index)} was left out: ${where}: ${issue?.message ?? 'it is not a question'}.`);
      return;
    }
    const question = parsed.data;
    const [grounding] = groundingProblems(question.quote, sourceParagraphs);
    if (grounding) {
      problems.push(`${named(raw, index)} was left out: its quote’s ${grounding[0]}: ${grounding[1]}.`);
    } else if (kept.some((q) => q.id === question.id)) {
      problems.push(`${named(raw, index)} was left out: the link holds it twice.`);
    } else {
      kept.push(question);
    }
  });
  const checked: Assignment = { ...assignment, ownQuestions: kept };
  if (kept.length === 0) delete checked.ownQuestions;
  return { assignment: checked, problems };
}
