import { addDays, daysBetween, daysFromCivil, fromDayNumber, weekday } from '../../../../shared/dates';

/** The as-of slider's span: one step per calendar day from `first` to `last` (both ISO dates). */
export interface ScrubSpan {
  first: string;
  last: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday's name (dates before 1970 included: the SPX history starts in 1927). */
const weekdayName = (date: string) => WEEKDAYS[weekday(date)] ?? '';

/** The span the slider covers for `value`: from the book's start (or `value`, if typed earlier) to today; null when there is nothing to scrub. */
export function scrubSpan(start: string | null, value: string, today: string): ScrubSpan | null {
  if (start === null || start >= today) return null;
  return { first: value < start ? value : start, last: today };
}

/** "2026-06-10, Wednesday": what a screen reader says for a slider position. */
export function scrubValueText(date: string): string {
  return `${date}, ${weekdayName(date)}`;
}

/** "Wed · 27 days ago" beside the slider (today says "today"). */
export function scrubHint(date: string, today: string): string {
  const ago = daysBetween(date, today);
  return `${weekdayName(date).slice(0, 3)} · ${ago === 0 ? 'today' : ago === 1 ? '1 day ago' : `${ago} days ago`}`;
}

/**
 * The same day of the month `months` later (earlier when negative), or that month's last day when
 * it has fewer days: 2026-05-31 + 1 month = 2026-06-30.
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const monthDays = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
  return fromDayNumber(daysFromCivil(year, month, Math.min(d, monthDays)));
}

/**
 * Keys the native range input does not step the way a trader reviewing a book expects:
 * PageUp / PageDown move a calendar month (Chromium's native step is a tenth of the range, which
 * on a ten-year book is a year). Left/Right/Up/Down (a day) and Home/End stay native.
 * Returns the new date, or null to leave the key to the input.
 */
export function scrubKeyTarget(key: string, value: string, span: ScrubSpan): string | null {
  const clamp = (date: string) => (date < span.first ? span.first : date > span.last ? span.last : date);
  if (key === 'PageUp') return clamp(addMonths(value, 1));
  if (key === 'PageDown') return clamp(addMonths(value, -1));
  return null;
}

/** Slider position ↔ date. */
export const scrubIndex = (span: ScrubSpan, date: string) => Math.max(0, Math.min(daysBetween(span.first, span.last), daysBetween(span.first, date)));
export const scrubDate = (span: ScrubSpan, index: number) => addDays(span.first, index);
