/** When the stored market data stops short of the as-of date. */
import { rollToTradingDay } from '../calendar';

/**
 * "Market data ends D": the date of the older of the last SPX and VIX closes on or before asOf,
 * when it is before the last NYSE trading day on or before asOf (the close the figures should
 * use is missing), else null. Reads only closes dated ≤ asOf, so it is itself time-true: a
 * weekend or holiday after a stored Friday close is not stale. Null without any close (the
 * dashboard then warns that no close is stored at all).
 */
export function marketDataEnds(lastSpx: string | null, lastVix: string | null, asOf: string): string | null {
  const known = [lastSpx, lastVix].filter((d): d is string => d !== null);
  if (known.length === 0) return null;
  const last = known.reduce((a, b) => (a < b ? a : b));
  return last < rollToTradingDay(asOf, 'back') ? last : null;
}
