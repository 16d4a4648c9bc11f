/**
 * NYSE full-day closures, computed by rule for any year plus the unscheduled closures
 * since 1990. Sources: NYSE Rule 7.2 (holidays and their observance) and the NYSE
 * "Holidays and trading hours" page; the special closures are the exchange's
 * announcements (national days of mourning, 9/11, Hurricane Sandy).
 *
 * Scope: the rules are the modern ones (MLK Day from 1998, Juneteenth from 2022,
 * Monday holidays as set in 1971), so the calendar is exact from 1971 on: it matches
 * every SPX close in SPX_History.csv from 1971 (see calendar-vs-spx.test.ts). Before
 * 1971 it is not (Washington's Birthday on Feb 22, Election Days, paperwork-crisis
 * Wednesdays in 1968 and other old closures are not modelled).
 */
import { addDays, weekday } from '../dates';
import { easterSunday } from './easter';

/** First date from which the calendar matches NYSE exactly (see the scope note above). */
export const CALENDAR_EXACT_FROM = '1971-01-01';

/** One day the exchange is closed for the whole session. */
export interface MarketClosure {
  date: string;
  name: string;
  /** `holiday` = a rule-based holiday (possibly observed on another day); `special` = a one-off closure. */
  kind: 'holiday' | 'special';
}

/** Unscheduled full-day closures (and the last presidential Election Days) since 1971, oldest first. */
export const SPECIAL_CLOSURES: readonly MarketClosure[] = [
  { date: '1972-11-07', name: 'Presidential Election Day', kind: 'special' },
  { date: '1972-12-28', name: 'National Day of Mourning for President Truman', kind: 'special' },
  { date: '1973-01-25', name: 'National Day of Mourning for President Johnson', kind: 'special' },
  { date: '1976-11-02', name: 'Presidential Election Day', kind: 'special' },
  { date: '1977-07-14', name: 'New York City blackout', kind: 'special' },
  { date: '1980-11-04', name: 'Presidential Election Day', kind: 'special' },
  { date: '1985-09-27', name: 'Hurricane Gloria', kind: 'special' },
  { date: '1994-04-27', name: 'National Day of Mourning for President Nixon', kind: 'special' },
  { date: '2001-09-11', name: 'September 11 attacks', kind: 'special' },
  { date: '2001-09-12', name: 'September 11 attacks', kind: 'special' },
  { date: '2001-09-13', name: 'September 11 attacks', kind: 'special' },
  { date: '2001-09-14', name: 'September 11 attacks', kind: 'special' },
  { date: '2004-06-11', name: 'National Day of Mourning for President Reagan', kind: 'special' },
  { date: '2007-01-02', name: 'National Day of Mourning for President Ford', kind: 'special' },
  { date: '2012-10-29', name: 'Hurricane Sandy', kind: 'special' },
  { date: '2012-10-30', name: 'Hurricane Sandy', kind: 'special' },
  { date: '2018-12-05', name: 'National Day of Mourning for President George H. W. Bush', kind: 'special' },
  { date: '2025-01-09', name: 'National Day of Mourning for President Carter', kind: 'special' },
];

const SATURDAY = 6;
const SUNDAY = 0;

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The `n`-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, dayOfWeek: number, n: number): string {
  const first = iso(year, month, 1);
  const offset = (dayOfWeek - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, dayOfWeek: number): string {
  const nextMonthFirst = month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
  const last = addDays(nextMonthFirst, -1);
  return addDays(last, -((weekday(last) - dayOfWeek + 7) % 7));
}

/**
 * Rule 7.2 observance: Saturday → the Friday before, Sunday → the Monday after.
 * Returns null when a Saturday holiday is not observed — New Year's Day, because the
 * Friday before is the last trading day of the accounting year.
 */
function observed(date: string, allowFridayBefore: boolean): string | null {
  const day = weekday(date);
  if (day === SUNDAY) return addDays(date, 1);
  if (day === SATURDAY) return allowFridayBefore ? addDays(date, -1) : null;
  return date;
}

/** The rule-based holidays of one year, as observed, oldest first. */
function ruleHolidays(year: number): MarketClosure[] {
  const holidays: MarketClosure[] = [];
  const add = (date: string | null, name: string) => {
    if (date !== null) holidays.push({ date, name, kind: 'holiday' });
  };
  add(observed(iso(year, 1, 1), false), "New Year's Day");
  if (year >= 1998) add(nthWeekday(year, 1, 1, 3), 'Martin Luther King Jr. Day');
  add(nthWeekday(year, 2, 1, 3), "Washington's Birthday");
  add(addDays(easterSunday(year), -2), 'Good Friday');
  add(lastWeekday(year, 5, 1), 'Memorial Day');
  if (year >= 2022) add(observed(iso(year, 6, 19), true), 'Juneteenth National Independence Day');
  add(observed(iso(year, 7, 4), true), 'Independence Day');
  add(nthWeekday(year, 9, 1, 1), 'Labor Day');
  add(nthWeekday(year, 11, 4, 4), 'Thanksgiving Day');
  add(observed(iso(year, 12, 25), true), 'Christmas Day');
  return holidays;
}

const cache = new Map<number, ReadonlyMap<string, MarketClosure>>();

/** Every full-day closure of `year` keyed by date (memoised: the backtester asks thousands of times). */
export function closuresOfYear(year: number): ReadonlyMap<string, MarketClosure> {
  const cached = cache.get(year);
  if (cached) return cached;
  const byDate = new Map<string, MarketClosure>();
  for (const closure of ruleHolidays(year)) byDate.set(closure.date, closure);
  const prefix = `${year}-`;
  for (const closure of SPECIAL_CLOSURES) if (closure.date.startsWith(prefix)) byDate.set(closure.date, closure);
  cache.set(year, byDate);
  return byDate;
}

/** The NYSE full-day closures of `year` (weekends excluded), oldest first. */
export function nyseClosures(year: number): MarketClosure[] {
  return [...closuresOfYear(year).values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
