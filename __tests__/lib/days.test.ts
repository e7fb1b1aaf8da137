import { dayOf, endOfDay, streak, withDay } from '@/lib/days';

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
