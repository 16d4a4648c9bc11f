/**
 * Trading dates are `YYYY-MM-DD` strings (exchange date, America/New_York).
 * Arithmetic goes through UTC day numbers so no local time zone can shift a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What is wrong with a typed date, for the field's message (null when it is a real ISO date).
 * `what` names the field ("trade date"). Dates are typed `YYYY-MM-DD`, as the app shows them.
 */
export function dateProblem(text: string, what: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return `Enter the ${what} as YYYY-MM-DD`;
  if (isIsoDate(text)) return null;
  if (isIsoDate(trimmed)) return `Remove the spaces around ${trimmed}`;
  if (!ISO_DATE.test(trimmed)) return `"${trimmed}" is not a date: type YYYY-MM-DD, e.g. 2026-05-26`;
  return `${trimmed} is not a calendar date (check the month and day)`;
}

/**
 * Days since 1970-01-01 for an ISO date (no validation; call {@link isIsoDate} at the boundary).
 * Pure arithmetic (H. Hinnant's days_from_civil): hot in IRR/WACC loops over thousands of layers.
 */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian year, month (1–12) and day (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * ISO date for a day number. Pure arithmetic (H. Hinnant's civil_from_days, the inverse of
 * {@link dayNumber}): the backtest's calendar steps call it millions of times, and a Date object
 * plus toISOString per call cost ~10× more. Years outside 0–9999 go through Date as before.
 */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` calendar days after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(isoDate: string): number {
  // 1970-01-01 was a Thursday; % keeps the sign of a negative day number, so fold it back into 0…6.
  return (((dayNumber(isoDate) + 4) % 7) + 7) % 7;
}

// en-CA formats as YYYY-MM-DD. Built once: constructing a formatter costs far more than using one.
let newYorkFormat: Intl.DateTimeFormat | null = null;

/** Today's date in New York, from an injected clock. */
export function exchangeDate(now: Date): string {
  newYorkFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });
  return newYorkFormat.format(now);
}

/** MM/DD/YYYY (CBOE files) → YYYY-MM-DD, or null when not a real date. */
export function fromUsDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${(match[1] ?? '').padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** `2024-07-01T15:32:10-0400` (also `…-04:00`, `…Z`, fractional seconds) → epoch ms. */
export function parseTimestamp(text: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|([+-])(\d{2}):?(\d{2}))$/.exec(text.trim());
  if (!m || !isIsoDate(m[1] ?? '')) return null;
  const [year, month, day] = (m[1] ?? '').split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hh > 23 || mm > 59 || ss > 59) return null;
  const offsetMinutes = m[5] === 'Z' ? 0 : (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  return Date.UTC(year, month - 1, day, hh, mm, ss) - offsetMinutes * 60_000;
}
