/** Relative Strength Index with Wilder's smoothing. */
import { nulls, requireFiniteSeries, requirePeriod } from './series-checks';

/**
 * RSI aligned with the closes (null during warm-up), Wilder (1978), as in StockCharts
 * ChartSchool "Relative Strength Index (RSI)":
 *   first average gain/loss = mean of the first p gains/losses (changes 1…p);
 *   then avg = (previous avg × (p − 1) + current) / p;
 *   RSI = 100 − 100 / (1 + RS),  RS = avgGain / avgLoss.
 * The first value is at index p (p + 1 closes needed; fewer give all nulls).
 * No losses → 100; no gains → 0; no movement at all → 50 (neutral; a rule threshold
 * like "RSI > 60" must not fire on a flat series). Range [0, 100].
 */
export function rsi(closes: readonly number[], period = 14): (number | null)[] {
  requirePeriod('rsi', 'period', period);
  requireFiniteSeries('rsi', closes);
  const out = nulls(closes.length);
  if (closes.length <= period) return out;
  let gain = 0;
  let loss = 0;
  for (let i = 1; i <= period; i++) {
    const change = closes[i] - closes[i - 1];
    if (change > 0) gain += change;
    else loss -= change;
  }
  gain /= period;
  loss /= period;
  out[period] = strength(gain, loss);
  for (let i = period + 1; i < closes.length; i++) {
    const change = closes[i] - closes[i - 1];
    gain = (gain * (period - 1) + (change > 0 ? change : 0)) / period;
    loss = (loss * (period - 1) + (change < 0 ? -change : 0)) / period;
    out[i] = strength(gain, loss);
  }
  return out;
}

function strength(gain: number, loss: number): number {
  if (loss === 0) return gain > 0 ? 100 : 50;
  return 100 - 100 / (1 + gain / loss);
}
