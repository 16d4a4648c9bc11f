/**
 * NYSE trading-day arithmetic on `YYYY-MM-DD` dates. A trading day is a weekday that is
 * not a full-day closure (see nyse-holidays.ts); early closes (1 p.m.) are trading days.
 * Inputs must be valid ISO dates (check with `isIsoDate` at the boundary); nothing here
 * reads a clock.
 */
import { dayNumber, fromDayNumber, weekday } from '../dates';
import { closuresOfYear } from './nyse-holidays';

/** Which way {@link rollToTradingDay} moves from a closed day. */
export type RollDirection = 'back' | 'forward';

const sessionMemo = new Map<string, boolean>();

/** True when NYSE holds a regular session on `date`. Memoised: the backtest's calendar steps ask for the same days again and again. */
export function isTradingDay(date: string): boolean {
  let open = sessionMemo.get(date);
  if (open === undefined) {
    const day = weekday(date);
    open = day !== 0 && day !== 6 && !closuresOfYear(Number(date.slice(0, 4))).has(date);
    if (sessionMemo.size > 100_000) sessionMemo.clear();
    sessionMemo.set(date, open);
  }
  return open;
}

/** Why the exchange is closed on `date` ("Saturday", "Good Friday", …), or null on a trading day. */
export function closureReason(date: string): string | null {
  const day = weekday(date);
  if (day === 0) return 'Sunday';
  if (day === 6) return 'Saturday';
  return closuresOfYear(Number(date.slice(0, 4))).get(date)?.name ?? null;
}

function step(date: string, direction: 1 | -1): string {
  let day = dayNumber(date) + direction;
  while (!isTradingDay(fromDayNumber(day))) day += direction;
  return fromDayNumber(day);
}

/** The first trading day strictly after `date`. */
export function nextTradingDay(date: string): string {
  return step(date, 1);
}

/** The last trading day strictly before `date`. */
export function previousTradingDay(date: string): string {
  return step(date, -1);
}

/** `date` itself when it is a trading day, else the nearest trading day before (`back`) or after (`forward`) it. */
export function rollToTradingDay(date: string, direction: RollDirection): string {
  if (isTradingDay(date)) return date;
  return direction === 'back' ? previousTradingDay(date) : nextTradingDay(date);
}

/**
 * The trading day `n` trading days after `date` (before it when `n` < 0).
 * `date` need not be a trading day: one step from a Saturday is the Monday.
 * `n` = 0 returns `date` unchanged. `tradingDaysBetween(d, addTradingDays(d, n)) === n` when `d` is a
 * trading day or `n` ≥ 0 (one step back from a Saturday is Friday, yet (Fri, Sat] holds no session).
 */
export function addTradingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addTradingDays needs a whole number of days, got ${n}`);
  let current = date;
  const direction = n > 0 ? 1 : -1;
  for (let i = 0; i < Math.abs(n); i += 1) current = step(current, direction);
  return current;
}

/**
 * Trading days in the half-open interval (a, b]: how many sessions close after `a` up to and
 * including `b`. Negative (−count in (b, a]) when `b` is before `a`; 0 when equal.
 * Friday → Monday is 1; Thursday → the Monday after Good Friday is 1.
 */
export function tradingDaysBetween(a: string, b: string): number {
  if (a === b) return 0;
  const forward = a < b;
  const start = dayNumber(forward ? a : b);
  const end = dayNumber(forward ? b : a);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (isTradingDay(fromDayNumber(day))) count += 1;
  return forward || count === 0 ? count : -count;
}
