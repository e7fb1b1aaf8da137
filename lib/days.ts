const DAY = 24 * 60 * 60 * 1000;

/** The learner's local calendar day of a moment, as YYYY-MM-DD: streaks follow the learner's own midnight. */
export function dayOf(time: number): string {
  const date = new Date(time);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function withDay(days: readonly string[], day: string): string[] {
  return days.includes(day) ? [...days] : [...days, day].sort();
}

/** Days in a row with practice, ending today, or yesterday when today has none yet. */
export function streak(days: readonly string[], now: number): number {
  const practised = new Set(days);
  let cursor = practised.has(dayOf(now)) ? now : now - DAY;
  let count = 0;
  while (practised.has(dayOf(cursor))) {
    count += 1;
    cursor -= DAY;
  }
  return count;
}

/** The last moment of the learner's local day: a question due any time today is due now. */
export function endOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(23, 59, 59, 999);
  return date.getTime();
}
