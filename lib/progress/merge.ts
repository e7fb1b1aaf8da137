import type { ReviewDeck } from '../schedule';
import type { Attempt, FinishedAttempt, Progress, QuizProgress } from './schema';

/**
 * Two copies of a learner's progress made one, with nothing either copy knew thrown away:
 * two tabs saving at once, or a file brought from another device. The result does not
 * depend on which copy is first, so tabs that merge each other's saves agree at once.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    quizzes: mergeSlots(a.quizzes, b.quizzes),
    assignments: mergeSlots(a.assignments, b.assignments),
    studentName:
      a.studentName && b.studentName ? [a.studentName, b.studentName].sort()[0]! : a.studentName || b.studentName,
    review: mergeReview(a.review, b.review),
    activeDays: [...new Set([...a.activeDays, ...b.activeDays])].sort(),
  };
}

function mergeSlots(a: Record<string, QuizProgress>, b: Record<string, QuizProgress>): Record<string, QuizProgress> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(keys.map((key) => [key, mergeSlot(a[key], b[key])]));
}

const finishedKey = (attempt: FinishedAttempt) => `${attempt.startedAt}:${attempt.finishedAt}`;

function mergeSlot(a: QuizProgress | undefined, b: QuizProgress | undefined): QuizProgress {
  if (!a || !b) return (a ?? b)!;
  const finished = [...new Map([...a.finished, ...b.finished].map((f) => [finishedKey(f), f])).values()].sort(
    (x, y) => x.finishedAt - y.finishedAt || x.startedAt - y.startedAt,
  );
  const finishedStarts = new Set(finished.map((f) => f.startedAt));
  const candidates = [a.current, b.current].filter(
    (attempt): attempt is Attempt => attempt !== null && !finishedStarts.has(attempt.startedAt),
  );
  const restarts = Math.max(a.restarts ?? 0, b.restarts ?? 0);
  const renamedFrom = [...new Set([...(a.renamedFrom ?? []), ...(b.renamedFrom ?? [])])].slice(-5);
  return {
    current: mergeCurrent(candidates),
    finished,
    ...(restarts > 0 ? { restarts } : {}),
    ...(renamedFrom.length > 0 ? { renamedFrom } : {}),
  };
}

/**
 * The same attempt in two tabs keeps every answer either gave; of two different attempts, the one further along.
 * An assessment's answer changed in both tabs keeps the later change, whichever copy is first.
 */
function mergeCurrent([first, second]: Attempt[]): Attempt | null {
  if (!first || !second) return first ?? second ?? null;
  if (first.startedAt === second.startedAt) {
    const answers = { ...second.answers, ...first.answers };
    for (const [id, answer] of Object.entries(second.answers)) {
      const other = first.answers[id];
      if (other && (answer.changedAt ?? 0) > (other.changedAt ?? 0)) answers[id] = answer;
    }
    return { ...first, answers, position: Math.max(first.position, second.position) };
  }
  const progress = (attempt: Attempt) => Object.keys(attempt.answers).length;
  return progress(first) !== progress(second)
    ? progress(first) > progress(second)
      ? first
      : second
    : first.startedAt > second.startedAt
      ? first
      : second;
}

/** For a question in both decks, the copy the learner touched last; a question only one copy has is kept. */
function mergeReview(a: ReviewDeck, b: ReviewDeck): ReviewDeck {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    keys.map((key) => {
      const [x, y] = [a[key], b[key]];
      if (!x || !y) return [key, (x ?? y)!];
      return [key, x.updatedAt > y.updatedAt || (x.updatedAt === y.updatedAt && x.box <= y.box) ? x : y];
    }),
  );
}

/** Whether two copies hold the same progress, whatever order their keys were written in. */
export function sameProgress(a: Progress, b: Progress): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
