import { dueRefs, missed, reviewed, type ReviewDeck } from '@/lib/schedule';

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
