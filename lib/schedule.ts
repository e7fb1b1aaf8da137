import { addDays, dayOf, endOfDay } from './days';

/**
 * Spaced review with Leitner boxes. A missed question enters box 1, due at once. Answered
 * right in review, it moves up a box and comes back after that box's interval; answered wrong,
 * it goes back to box 1. Right in the top box, it leaves the deck: the learner knows it.
 */
export const BOX_INTERVAL_DAYS = [1, 2, 4, 8, 16] as const;

export interface ReviewCard {
  box: number;
  /** When it is next due, epoch ms. */
  due: number;
  /** When the learner last answered it anywhere, epoch ms: the later of two copies wins a merge. */
  updatedAt: number;
}

export type ReviewDeck = Record<string, ReviewCard>;

export function missed(deck: ReviewDeck, ref: string, now: number): ReviewDeck {
  return { ...deck, [ref]: { box: 1, due: now, updatedAt: now } };
}

export function reviewed(deck: ReviewDeck, ref: string, correct: boolean, now: number): ReviewDeck {
  const card = deck[ref];
  if (!card) return deck;
  if (!correct) return { ...deck, [ref]: { box: 1, due: addDays(now, BOX_INTERVAL_DAYS[0]), updatedAt: now } };
  if (card.box >= BOX_INTERVAL_DAYS.length) {
    return Object.fromEntries(Object.entries(deck).filter(([key]) => key !== ref));
  }
  const box = card.box + 1;
  return { ...deck, [ref]: { box, due: addDays(now, BOX_INTERVAL_DAYS[box - 1]!), updatedAt: now } };
}

/** Due cards, the longest overdue first. */
export function dueRefs(deck: ReviewDeck, now: number): string[] {
  return Object.entries(deck)
    .filter(([, card]) => card.due <= now)
    .sort(([a, x], [b, y]) => x.due - y.due || a.localeCompare(b))
    .map(([ref]) => ref);
}

/** The next day after today with questions due, and how many come back that day; null when none are waiting. */
export function nextReview(deck: ReviewDeck, now: number): { day: string; count: number } | null {
  const today = endOfDay(now);
  const first = Object.values(deck)
    .map((card) => card.due)
    .filter((due) => due > today)
    .sort((a, b) => a - b)[0];
  if (first === undefined) return null;
  const day = dayOf(first);
  return { day, count: Object.values(deck).filter((card) => card.due > today && dayOf(card.due) === day).length };
}
