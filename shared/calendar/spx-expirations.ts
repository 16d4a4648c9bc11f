/**
 * SPX option expirations that existed on a date, and how each settles. Cboe listed them in steps
 * (dates from Cboe's own announcements; docs/backtest.md cites them):
 * - standard monthly SPX: the third Friday (the trading day before when that Friday is a holiday),
 *   **AM-settled** at the special opening quotation (approximated by that day's SPX OPEN);
 * - Friday SPX Weeklys from October 2005 (first listed Friday 2005-10-28, first expiration
 *   2005-11-04);
 * - Wednesday SPXW from 2016-02-23 (first expiration 2016-03-02);
 * - Monday SPXW from 2016-08-15 (first expiration 2016-08-22);
 * - Tuesday SPXW from 2022-04-18 and Thursday SPXW from 2022-05-11 (every trading day since).
 * Weeklys are taken as PM-settled at the close (true of SPXW; the 2005 launch series were AM-
 * settled, a simplification stated in the docs). A weekly that falls on a holiday is not moved.
 * How far out weeklies were listed is not modelled (the 2005 ones only a week ahead).
 */
import { addDays, weekday } from '../dates';
import { isTradingDay, previousTradingDay } from './trading-days';

/** First expiration date of each weekday series (0 = Sunday … 5 = Friday); absent = never listed. */
export const SPX_WEEKLY_FIRST_EXPIRATION: Readonly<Record<number, string>> = {
  1: '2016-08-22',
  2: '2022-04-19',
  3: '2016-03-02',
  4: '2022-05-12',
  5: '2005-11-04',
};

/** The day Cboe first listed VIX options (2006-02-24); before it no VIX option can be traded. */
export const VIX_OPTIONS_FROM = '2006-02-24';

/** Root and settlement of an SPX expiration. */
export interface SpxExpiration {
  date: string;
  /** SPX = the AM-settled monthly (settles at the open); SPXW = PM-settled (settles at the close). */
  root: 'SPX' | 'SPXW';
}

/** The standard monthly SPX expiration of a month: the third Friday, or the trading day before when it is a holiday. */
export function spxMonthlyExpiration(year: number, month: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const friday = addDays(first, ((5 - weekday(first) + 7) % 7) + 14);
  return isTradingDay(friday) ? friday : previousTradingDay(friday);
}

/** Whether `date` is a standard monthly (AM-settled) SPX expiration. */
export function isSpxMonthly(date: string): boolean {
  return spxMonthlyExpiration(Number(date.slice(0, 4)), Number(date.slice(5, 7))) === date;
}

const listedMemo = new Map<string, boolean>();

/** Whether an SPX option expiring on `date` was ever listed (monthly, or a weekly series that existed by then). Memoised. */
export function isListedSpxExpiration(date: string): boolean {
  let listed = listedMemo.get(date);
  if (listed === undefined) {
    listed = computeListed(date);
    if (listedMemo.size > 20_000) listedMemo.clear();
    listedMemo.set(date, listed);
  }
  return listed;
}

function computeListed(date: string): boolean {
  if (!isTradingDay(date)) return false;
  if (isSpxMonthly(date)) return true;
  const first = SPX_WEEKLY_FIRST_EXPIRATION[weekday(date)];
  return first !== undefined && date >= first;
}

/** The root an expiration trades under: SPX for the monthly, SPXW otherwise. */
export function spxRootFor(date: string): 'SPX' | 'SPXW' {
  return isSpxMonthly(date) ? 'SPX' : 'SPXW';
}

/**
 * The expiration a ~`dte`-day trade opened on `asOf` uses: the latest listed expiration on or
 * before asOf + dte, unless that is fewer than `minDays` calendar days out — then the first listed
 * one after asOf + dte. With daily expirations this is the target day or the trading day before
 * (as before); with monthlies only (before 2005-11) it is a third Friday.
 */
export function spxExpirationFor(asOf: string, dte: number, minDays = 1): SpxExpiration {
  const key = `${asOf}|${dte}|${minDays}`;
  let hit = expirationMemo.get(key);
  if (hit === undefined) {
    hit = findExpiration(asOf, dte, minDays);
    if (expirationMemo.size > 20_000) expirationMemo.clear();
    expirationMemo.set(key, hit);
  }
  return hit;
}

const expirationMemo = new Map<string, SpxExpiration>();

function findExpiration(asOf: string, dte: number, minDays: number): SpxExpiration {
  const target = addDays(asOf, dte);
  const floor = addDays(asOf, Math.max(1, minDays));
  for (let d = target; d >= floor; d = addDays(d, -1)) if (isListedSpxExpiration(d)) return { date: d, root: spxRootFor(d) };
  let d = target >= floor ? addDays(target, 1) : floor;
  while (!isListedSpxExpiration(d)) d = addDays(d, 1);
  return { date: d, root: spxRootFor(d) };
}
