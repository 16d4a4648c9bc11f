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
  const day = isoDayNumberOrNaN(date);
  if (!Number.isNaN(day)) return day;
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH || !allDigits(date)) {
    throw new Error(`${where}: date must be YYYY-MM-DD (got ${JSON.stringify(date)})`);
  }
  throw new Error(`${where}: ${date} is not a calendar date`);
}

/** {@link isoDayNumber} without a message: NaN for anything that is not a calendar date (for hot paths that name the failure only when it happens). */
export function isoDayNumberOrNaN(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH || !allDigits(date)) return NaN;
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

function allDigits(date: string): boolean {
  return (digit(date, 0) | digit(date, 1) | digit(date, 2) | digit(date, 3) | digit(date, 5) | digit(date, 6) | digit(date, 8) | digit(date, 9)) >= 0;
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
