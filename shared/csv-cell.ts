/**
 * One CSV field as the app writes it, safe to open in a spreadsheet.
 *
 * - Formula injection (OWASP "CSV Injection"): a text cell beginning with `=`, `+`, `-`, `@`,
 *   a tab or a carriage return is run as a formula by Excel, LibreOffice and Sheets
 *   (`=HYPERLINK(…)`, `@SUM(…)`, DDE). Such a cell gets a leading `'`, which spreadsheets
 *   show as text. A plain number (`-1234.56`, `+3`, `1e5`) is left alone so it stays a
 *   number: only text is neutralised.
 * - RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled.
 */

/** A signed decimal number a spreadsheet reads as a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to text a spreadsheet would run as a formula; numbers and safe text unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A value → one CSV field: null is empty, formulas neutralised, quoted when needed. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
