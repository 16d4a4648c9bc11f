/**
 * NYSE closures by `yyyymmdd` key, for the import's pass over every row of a file: the same
 * answers as `closureReason` (shared/calendar) without a string or a Date per row.
 */
import { CALENDAR_EXACT_FROM } from '../calendar';
import { closuresOfYear } from '../calendar/nyse-holidays';
import { dateKey, dayNumberOfKey, isoOfKey } from './date-key';

const EXACT_FROM_KEY = dateKey(CALENDAR_EXACT_FROM);
const WEEKEND = ['Sunday', '', '', '', '', '', 'Saturday'];

/** One month's calendar: the day number of its 1st and a bit per closure day (bit d = day d). */
interface MonthCalendar {
  yearMonth: number;
  firstDay: number;
  closed: number;
}

/** The month the last call looked at: files run in date order, so a month is worked out once. */
let month: MonthCalendar = { yearMonth: -1, firstDay: 0, closed: 0 };

function monthCalendar(yearMonth: number): MonthCalendar {
  if (month.yearMonth === yearMonth) return month;
  const year = Math.floor(yearMonth / 100);
  let closed = 0;
  for (const closure of closuresOfYear(year).values()) {
    if (Math.floor(dateKey(closure.date) / 100) === yearMonth) closed |= 1 << dateKey(closure.date) % 100;
  }
  month = { yearMonth, firstDay: dayNumberOfKey(yearMonth * 100 + 1), closed };
  return month;
}

/**
 * Why NYSE was closed on the date (`closureReason` in shared/calendar: the same answers), or null
 * on a trading day — and null before {@link CALENDAR_EXACT_FROM}, where the calendar is not exact
 * enough to skip a row.
 */
export function closedReasonOfKey(key: number): string | null {
  if (key < EXACT_FROM_KEY) return null;
  const calendar = monthCalendar(Math.floor(key / 100));
  const day = key % 100;
  const weekday = (calendar.firstDay + day - 1 + 4) % 7; // 1970-01-01 was a Thursday
  if (weekday === 0 || weekday === 6) return WEEKEND[weekday] ?? null;
  if ((calendar.closed & (1 << day)) === 0) return null;
  return closuresOfYear(Math.floor(key / 10000)).get(isoOfKey(key))?.name ?? null;
}
