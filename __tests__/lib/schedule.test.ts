import { dayOf, endOfDay } from '@/lib/days';
import { BOX_INTERVAL_DAYS, dueRefs, missed, nextReview, reviewed, type ReviewDeck } from '@/lib/schedule';
import { clockChangeDays, localTime } from '../clockChanges';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 25, 9);

describe('the review schedule (fake clock)', () => {
  it('puts a missed question in the first box, due at once', () => {
    const deck = missed({}, 'quiz/q1', T0);
    expect(deck['quiz/q1']).toEqual({ box: 1, due: T0, updatedAt: T0 });
    expect(dueRefs(deck, T0)).toEqual(['quiz/q1']);
  });

  it('spaces a question further out each time it is answered right', () => {
    let deck: ReviewDeck = missed({}, 'q', T0);
    const gaps: number[] = [];
    let now = T0;
    for (let i = 0; i < 4; i += 1) {
      deck = reviewed(deck, 'q', true, now);
      gaps.push((deck.q!.due - now) / DAY);
      expect(dueRefs(deck, now)).toEqual([]);
      expect(dueRefs(deck, deck.q!.due - 1)).toEqual([]);
      now = deck.q!.due;
      expect(dueRefs(deck, now)).toEqual(['q']);
    }
    expect(gaps).toEqual([2, 4, 8, 16]);
  });

  it('sends a question answered wrong back to the first box, due tomorrow', () => {
    let deck = reviewed(reviewed(missed({}, 'q', T0), 'q', true, T0), 'q', true, T0 + 2 * DAY);
    expect(deck.q!.box).toBe(3);
    deck = reviewed(deck, 'q', false, T0 + 6 * DAY);
    expect(deck.q).toEqual({ box: 1, due: T0 + 7 * DAY, updatedAt: T0 + 6 * DAY });
  });

  it('lets a question leave the deck once it is right in the top box', () => {
    let deck: ReviewDeck = { q: { box: 5, due: T0, updatedAt: T0 } };
    deck = reviewed(deck, 'q', true, T0);
    expect(deck).toEqual({});
  });

  it('serves the longest overdue first', () => {
    const deck: ReviewDeck = {
      b: { box: 1, due: T0 - DAY, updatedAt: 0 },
      a: { box: 2, due: T0 - 3 * DAY, updatedAt: 0 },
      later: { box: 1, due: T0 + DAY, updatedAt: 0 },
    };
    expect(dueRefs(deck, T0)).toEqual(['a', 'b']);
  });

  it('leaves a question that is not in the deck alone', () => {
    expect(reviewed({}, 'q', true, T0)).toEqual({});
  });
});

describe('the next review', () => {
  it('is the first later day with questions due, with how many come back that day', () => {
    const now = new Date(2026, 11, 1, 10).getTime();
    const deck: ReviewDeck = {
      a: { box: 1, due: now, updatedAt: now },
      b: { box: 2, due: new Date(2026, 11, 3, 9).getTime(), updatedAt: now },
      c: { box: 2, due: new Date(2026, 11, 3, 22).getTime(), updatedAt: now },
      d: { box: 3, due: new Date(2026, 11, 5, 9).getTime(), updatedAt: now },
    };
    expect(nextReview(deck, now)).toEqual({ day: '2026-12-03', count: 2 });
    expect(nextReview({ a: deck.a! }, now)).toBeNull();
  });
});

describe('the review schedule across a daylight-saving change', () => {
  const wrongAt = (now: number) => reviewed(missed({}, 'q', now), 'q', false, now).q!.due;

  it('brings a question missed at 23:30 on 7 March 2026 back on 8 March, in New York a 23-hour day', () => {
    expect(dayOf(wrongAt(new Date(2026, 2, 7, 23, 30).getTime()))).toBe('2026-03-08');
  });

  it('brings a question missed near either midnight of a clock change back the next calendar day, not today', () => {
    for (const change of clockChangeDays()) {
      for (const [offset, hours, minutes] of [
        [-1, 23, 30],
        [0, 0, 30],
        [0, 23, 30],
      ] as const) {
        const now = localTime(change, offset, hours, minutes);
        const answered = { on: dayOf(now), at: `${hours}:${minutes}` };
        const tomorrow = dayOf(localTime(change, offset + 1, 12));
        expect({ ...answered, due: dayOf(wrongAt(now)) }).toEqual({ ...answered, due: tomorrow });
        const deck = reviewed(missed({}, 'q', now), 'q', false, now);
        expect({ ...answered, dueToday: dueRefs(deck, endOfDay(now)) }).toEqual({ ...answered, dueToday: [] });
      }
    }
  });

  it('spaces each box by calendar days through a clock change', () => {
    for (const change of clockChangeDays()) {
      for (const [index, interval] of BOX_INTERVAL_DAYS.slice(0, -1).entries()) {
        const now = localTime(change, -interval, 23, 30);
        const deck: ReviewDeck = { q: { box: index + 1, due: now, updatedAt: now } };
        const next = BOX_INTERVAL_DAYS[index + 1]!;
        const due = dayOf(reviewed(deck, 'q', true, now).q!.due);
        expect({ box: index + 1, due }).toEqual({ box: index + 1, due: dayOf(localTime(change, next - interval, 12)) });
      }
    }
  });
});
