/**
 * NYSE closures by `yyyymmdd` key, for the import's pass over every row of a file: the same
 * answers as `closureReason` (shared/calendar) without a string or a Date per row.
 */
import { CALENDAR_EXACT_FROM } from '../calendar';
import { closuresOfYear } from '../calendar/nyse-holidays';
import { dateKey, dayNumberOfKey } from './date-key';

const EXACT_FROM_KEY = dateKey(CALENDAR_EXACT_FROM);
const closedByYear = new Map<number, ReadonlyMap<number, string>>();

function closuresByKey(year: number): ReadonlyMap<number, string> {
  let byKey = closedByYear.get(year);
  if (byKey === undefined) {
    byKey = new Map([...closuresOfYear(year).values()].map((closure) => [dateKey(closure.date), closure.name]));
    closedByYear.set(year, byKey);
  }
  return byKey;
}

/**
 * Why NYSE was closed on the date (`closureReason`), or null on a trading day — and null before
 * {@link CALENDAR_EXACT_FROM}, where the calendar is not exact enough to skip a row.
 */
export function closedReasonOfKey(key: number): string | null {
  if (key < EXACT_FROM_KEY) return null;
  const weekday = (dayNumberOfKey(key) + 4) % 7; // 1970-01-01 was a Thursday
  if (weekday === 0) return 'Sunday';
  if (weekday === 6) return 'Saturday';
  return closuresByKey(Math.floor(key / 10000)).get(key) ?? null;
}
