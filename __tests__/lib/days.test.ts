import { dayOf, endOfDay, streak, withDay } from '@/lib/days';
import { clockChangeDays, localTime } from '../clockChanges';

describe('practice days', () => {
  const noon = (day: number) => new Date(2026, 10, day, 12).getTime();

  it('counts days in a row ending today', () => {
    expect(streak(['2026-11-23', '2026-11-24', '2026-11-25'], noon(25))).toBe(3);
  });

  it('still counts the streak before today has any practice', () => {
    expect(streak(['2026-11-23', '2026-11-24'], noon(25))).toBe(2);
  });

  it('breaks on a missed day', () => {
    expect(streak(['2026-11-21', '2026-11-23'], noon(25))).toBe(0);
    expect(streak(['2026-11-21', '2026-11-25'], noon(25))).toBe(1);
  });

  it('records each day once, in order', () => {
    expect(withDay(withDay(['2026-11-25'], '2026-11-24'), dayOf(noon(25)))).toEqual(['2026-11-24', '2026-11-25']);
  });
});

describe('endOfDay', () => {
  it('is the last moment of the same local day', () => {
    const morning = new Date(2026, 10, 25, 8, 30).getTime();
    expect(dayOf(endOfDay(morning))).toBe('2026-11-25');
    expect(dayOf(endOfDay(morning) + 1)).toBe('2026-11-26');
  });
});

describe('practice days across a daylight-saving change', () => {
  it('counts 8 March in a three-day streak read at 00:30 on 9 March 2026 (New York springs forward on the 8th)', () => {
    const now = new Date(2026, 2, 9, 0, 30).getTime();
    expect(streak(['2026-03-07', '2026-03-08', '2026-03-09'], now)).toBe(3);
    expect(streak(['2026-03-07', '2026-03-08'], now)).toBe(2);
  });

  it('counts every day of a streak through each clock change of this time zone, at any hour', () => {
    for (const change of clockChangeDays()) {
      const days = [-2, -1, 0, 1].map((offset) => dayOf(localTime(change, offset, 12)));
      for (const [hours, minutes] of [
        [0, 30],
        [1, 30],
        [12, 0],
        [23, 30],
      ] as const) {
        const now = localTime(change, 1, hours, minutes);
        const read = { today: days[3], at: `${hours}:${minutes}` };
        expect({ ...read, streak: streak(days, now) }).toEqual({ ...read, streak: 4 });
        expect({ ...read, streak: streak(days.slice(0, 3), now) }).toEqual({ ...read, streak: 3 });
      }
    }
  });

  it('ends the day at its own midnight, on a 23- or 25-hour day too', () => {
    for (const change of clockChangeDays()) {
      const morning = localTime(change, 0, 8, 30);
      expect(dayOf(endOfDay(morning))).toBe(dayOf(morning));
      expect(dayOf(endOfDay(morning) + 1)).toBe(dayOf(localTime(change, 1, 12)));
    }
  });
});
