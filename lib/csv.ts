import { spacedControls } from './plainText';

/*
 * Spreadsheet apps run a field that starts with = + - @ as a formula, so a student named
 * `=HYPERLINK(...)` would arrive as a live link. The field a spreadsheet sees is not always our
 * cell: in many locales LibreOffice and Excel split a CSV on `;` or Tab, and their import dialogs
 * offer space and "other" (often `|`) too, so `Semi;=3+3` arrives as `Semi` and a live `=3+3`.
 * So a formula lead gets an apostrophe wherever a field could start: at the start of the cell or
 * after any of those separators, past any spaces (trimmed on import) and quotes (unwrapped).
 * Fullwidth ＝＋－＠ are included for spreadsheets that fold them to ASCII; an apostrophe on a
 * rare name costs less than a guess about which ones do.
 */
const FORMULA_LEAD = /(^|[,;|\s])([\s"]*)([=+\-@＝＋－＠])/gu;

/*
 * The receipt schema refuses control characters in names, but older receipts may hold them, and
 * a line break or tab in a cell splits the row or the column in any reader that ignores quotes.
 * A space keeps the words apart and is visible, where deleting them would run words together.
 */

/** One CSV cell, safe to open in a spreadsheet whatever separator it splits on. */
export function csvCell(value: string | number): string {
  const text = spacedControls(String(value)).replace(FORMULA_LEAD, "$1$2'$3");
  // Quoting on ; and | as well as , keeps the name in one cell in spreadsheets that split on them.
  return /[",;|]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file. It starts with a UTF-8 byte-order mark because Excel reads a CSV without one
 * in the computer's legacy code page, showing Zoë as ZoÃ«.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
