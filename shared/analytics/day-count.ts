/**
 * Day counts for analytics: `YYYY-MM-DD` → a day number, and calendar days → years.
 *
 * The parse is separate from `shared/dates.ts#dayNumber` on purpose: XIRR over tens of
 * thousands of flows parses every date, and this version reads the characters directly (no
 * split, no Date object) and validates the date; both share `daysFromCivil` for the count.
 */
import { daysFromCivil } from '../dates';

/** Days per year used for every time-to-expiry and XIRR exponent (ACT/365 Fixed, as Excel's XIRR). */
export const DAYS_PER_YEAR = 365;

const ZERO = 48; // '0'
const DASH = 45; // '-'

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - ZERO;
  return code >= 0 && code <= 9 ? code : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 (UTC calendar) of a `YYYY-MM-DD` date; throws a readable Error
 * for anything else (wrong shape, month 13, 2026-02-30).
 * Algorithm: H. Hinnant, "chrono-compatible low-level date algorithms", days_from_civil.
 */
export function isoDayNumber(date: string, where: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) {
    throw new Error(`${where}: date must be YYYY-MM-DD (got ${JSON.stringify(date)})`);
  }
  const y0 = digit(date, 0), y1 = digit(date, 1), y2 = digit(date, 2), y3 = digit(date, 3);
  const m0 = digit(date, 5), m1 = digit(date, 6), d0 = digit(date, 8), d1 = digit(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) {
    throw new Error(`${where}: date must be YYYY-MM-DD (got ${JSON.stringify(date)})`);
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`${where}: ${date} is not a calendar date`);
  }
  return daysFromCivil(year, month, day);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDays(from: string, to: string, where: string): number {
  return isoDayNumber(to, where) - isoDayNumber(from, where);
}

/**
 * Years to expiry from calendar days: max(0, days) / 365. An option is treated as
 * settled on its expiration date (16:15 ET for PM-settled SPXW), so on that date and
 * after it is worth its intrinsic value.
 */
export function yearsFromDays(days: number): number {
  return days > 0 ? days / DAYS_PER_YEAR : 0;
}
