const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date (YYYY-MM-DD) as people write it, the same on every device whatever its time zone. Written out
 * by hand, not with Intl: a phone's first Intl date format builds its locale data, which took 140 ms of a
 * slowed CPU inside the click that shows a quote's citation.
 */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A calendar date with its weekday, for what is coming soon: "Thursday, December 3, 2026". */
export function formatDay(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}, ${formatDate(isoDate)}`;
}

/** A size as people read it: bytes, kB, MB or GB, in decimal units as the device's own storage settings show. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/**
 * Someone's text inside a plain-text sentence that leaves the page (an email subject, a share sheet), between
 * first-strong-isolate and pop-directional-isolate marks: the plain-text <bdi>, so a right-to-left name or an
 * unclosed override inside it cannot reorder the words around it.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A long quote cut at a word (at most 120 characters), and said to be cut. */
export function shortened(text: string): string {
  if (text.length <= 120) return text;
  return `${text.slice(0, text.lastIndexOf(' ', 120))} …`;
}
