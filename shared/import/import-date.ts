/**
 * Dates as import files write them: YYYY-MM-DD, or MM/DD/YYYY with one- or two-digit month
 * and day (CBOE). Same answers as `isIsoDate` / `fromUsDate` in shared/dates.ts (a property
 * test checks it), without a regex or a Date per row: a million-row file reads in a second.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** The ISO date a cell names, or null when it is not a real calendar date in 1900…2200. */
export function importDate(text: string): string | null {
  const key = importDateKey(text, 0, text.length);
  if (key < 0) return null;
  const [year, month, day] = [Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100];
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The date text[start, end) names as `yyyymmdd` (shared/market/date-key.ts), or -1 when
 * {@link importDate} would refuse it: the market parser reads dates with it in place, without a
 * string per row. Blanks around a US date are ignored; an ISO date must be exactly the cell.
 */
export function importDateKey(text: string, start: number, end: number): number {
  if (end > start && (text.charCodeAt(start) <= 32 || text.charCodeAt(end - 1) <= 32)) {
    // Rare: blanks around the cell. Trim as importDate always has (String#trim); an ISO date must be exactly the cell.
    const raw = text.slice(start, end);
    const cell = raw.trim();
    return keyOfCell(cell, 0, cell.length, cell === raw);
  }
  return keyOfCell(text, start, end, true);
}

function keyOfCell(text: string, from: number, to: number, isoAllowed: boolean): number {
  if (to - from === 10 && text.charCodeAt(from + 4) === 45 && text.charCodeAt(from + 7) === 45) {
    const year = digits(text, from, from + 4);
    const month = digits(text, from + 5, from + 7);
    const day = digits(text, from + 8, from + 10);
    return valid(year, month, day) && isoAllowed ? year * 10000 + month * 100 + day : -1;
  }
  const first = text.indexOf('/', from);
  const second = first < 0 || first >= to ? -1 : text.indexOf('/', first + 1);
  if (first - from < 1 || first - from > 2 || second < 0 || second >= to || second - first < 2 || second - first > 3 || to - second !== 5) return -1;
  const month = digits(text, from, first);
  const day = digits(text, first + 1, second);
  const year = digits(text, second + 1, to);
  return valid(year, month, day) ? year * 10000 + month * 100 + day : -1;
}

/** The decimal number of text[start, end), or -1 if any character is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function valid(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
