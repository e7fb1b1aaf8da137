/** The learner's local calendar day of a moment, as YYYY-MM-DD: streaks follow the learner's own midnight. */
export function dayOf(time: number): string {
  const date = new Date(time);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The calendar day before a YYYY-MM-DD day, counted on the calendar: no clock change can skip or repeat one. */
function dayBefore(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
}

/**
 * The same time of day, some calendar days later. A day with a daylight-saving change is 23 or 25 hours long, so
 * adding 24-hour steps can land on the wrong day when the time is near midnight.
 */
export function addDays(time: number, days: number): number {
  const date = new Date(time);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

export function withDay(days: readonly string[], day: string): string[] {
  return days.includes(day) ? [...days] : [...days, day].sort();
}

/** Days in a row with practice, ending today, or yesterday when today has none yet. */
export function streak(days: readonly string[], now: number): number {
  const practiced = new Set(days);
  let day = dayOf(now);
  if (!practiced.has(day)) day = dayBefore(day);
  let count = 0;
  while (practiced.has(day)) {
    count += 1;
    day = dayBefore(day);
  }
  return count;
}

/** The last moment of the learner's local day: a question due any time today is due now. */
export function endOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(23, 59, 59, 999);
  return date.getTime();
}

/** The end of a due date (YYYY-MM-DD) on this device's clock: the midnight that starts the next day, local time. */
export function endOfDue(due: string): number {
  const [year = 0, month = 1, day = 1] = due.split('-').map(Number);
  return new Date(year, month - 1, day + 1).getTime();
}
