/**
 * The days of 2026 on which the clocks of the time zone the tests run in change, as [year, monthIndex, date] of
 * local time. scripts/test-timezones.sh runs the date tests in zones that have them; in UTC there are none.
 */
export function clockChangeDays(year = 2026): [number, number, number][] {
  const days: [number, number, number][] = [];
  for (let date = new Date(year, 0, 1, 12); date.getFullYear() === year; date.setDate(date.getDate() + 1)) {
    const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 12);
    if (next.getTimezoneOffset() !== date.getTimezoneOffset()) {
      days.push([next.getFullYear(), next.getMonth(), next.getDate()]);
    }
  }
  return days;
}

/** A moment of local time on the day `offset` days from the given one. */
export function localTime([year, month, date]: [number, number, number], offset: number, hours: number, minutes = 0) {
  return new Date(year, month, date + offset, hours, minutes).getTime();
}
