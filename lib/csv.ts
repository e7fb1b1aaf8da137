/**
 * One CSV cell. Spreadsheet apps run a cell that starts with = + - @ (or a tab or return before
 * one) as a formula, so such a cell gets a leading apostrophe: a student named
 * `=HYPERLINK(...)` shows up as text, not a link.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
