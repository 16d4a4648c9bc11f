/**
 * Standard monthly VIX option / future expirations (Cboe "final settlement date"):
 * the Wednesday 30 days before the third Friday of the following month. When that
 * Friday is a holiday, count 30 days back from the trading day before it; when the
 * Wednesday itself is a holiday, expiration moves to the trading day before it.
 * Source: Cboe VIX futures and options contract specifications.
 */
import { addDays, daysBetween, weekday } from '../dates';
import { isTradingDay, previousTradingDay } from './trading-days';

function thirdFriday(year: number, month: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return addDays(first, ((5 - weekday(first) + 7) % 7) + 14);
}

/** The standard VIX expiration that falls in `month` (1–12) of `year`. */
export function vixExpiration(year: number, month: number): string {
  const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
  let spxExpiry = thirdFriday(nextYear, nextMonth);
  if (!isTradingDay(spxExpiry)) spxExpiry = previousTradingDay(spxExpiry);
  const wednesday = addDays(spxExpiry, -30);
  return isTradingDay(wednesday) ? wednesday : previousTradingDay(wednesday);
}

/** The next `count` standard VIX expirations strictly after `date`, oldest first. */
export function nextVixExpirations(date: string, count: number): string[] {
  const out: string[] = [];
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  while (out.length < count) {
    const expiry = vixExpiration(year, month);
    if (expiry > date) out.push(expiry);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return out;
}

/** The standard VIX expiration after `date` closest to `targetDays` calendar days out (the later one on a tie). */
export function nearestVixExpiration(date: string, targetDays: number): string {
  const target = addDays(date, targetDays);
  let best = '';
  let bestGap = Number.POSITIVE_INFINITY;
  for (const expiry of nextVixExpirations(date, Math.ceil(Math.max(targetDays, 0) / 28) + 2)) {
    const gap = Math.abs(daysBetween(target, expiry));
    if (gap <= bestGap) [best, bestGap] = [expiry, gap];
  }
  return best;
}
