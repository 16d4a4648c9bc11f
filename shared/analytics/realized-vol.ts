/** Close-to-close realised volatility. */
import { nulls, requireFiniteSeries, requirePeriod } from './series-checks';
import { requirePositive } from './validate';

/**
 * Rolling realised volatility aligned with the closes (null until `window` returns exist):
 *   rᵢ = ln(Cᵢ / Cᵢ₋₁);  RV[i] = stdev_sample(r over the last `window` returns) × √periodsPerYear
 * (sample stdev, divisor window − 1; ALVH.md "realised vol = √252 × stdev of daily log returns").
 * The first value is at index `window` (window + 1 closes). Result is a decimal (0.15 = 15 vol points).
 * Throws for window < 2, periodsPerYear ≤ 0, or a close ≤ 0.
 */
export function realizedVol(closes: readonly number[], window: number, periodsPerYear = 252): (number | null)[] {
  const where = 'realizedVol';
  requirePeriod(where, 'window', window, 2);
  requirePositive(where, 'periodsPerYear', periodsPerYear);
  requireFiniteSeries(where, closes);
  closes.forEach((c, i) => {
    if (!(c > 0)) requirePositive(where, `close #${i}`, c); // message built only on failure
  });
  const out = nulls(closes.length);
  if (closes.length <= window) return out;
  const returns = new Array<number>(closes.length).fill(0);
  for (let i = 1; i < closes.length; i++) returns[i] = Math.log(closes[i] / closes[i - 1]);
  const annualise = Math.sqrt(periodsPerYear);
  // Two passes per window (mean, then squared deviations): O(n·window) but immune to the
  // cancellation a running sum of squares suffers on near-constant returns.
  for (let end = window; end < closes.length; end++) {
    let mean = 0;
    for (let i = end - window + 1; i <= end; i++) mean += returns[i];
    mean /= window;
    let squares = 0;
    for (let i = end - window + 1; i <= end; i++) {
      const d = returns[i] - mean;
      squares += d * d;
    }
    out[end] = Math.sqrt(squares / (window - 1)) * annualise;
  }
  return out;
}
