/** Exponential moving average seeded with the simple moving average. */
import { nulls, requireFiniteSeries, requirePeriod } from './series-checks';

/**
 * EMA aligned with its input (null during warm-up):
 *   EMA[p−1] = SMA of the first p values;  EMA[i] = α·x[i] + (1 − α)·EMA[i−1],  α = 2 / (p + 1)
 * (StockCharts ChartSchool, "Moving Averages – Simple and Exponential"). The first value
 * is at index p − 1; fewer than p values give all nulls. Units: those of the input.
 * Throws on a non-integer or < 1 period, or a non-finite value.
 */
export function ema(values: readonly number[], period: number): (number | null)[] {
  requirePeriod('ema', 'period', period);
  requireFiniteSeries('ema', values);
  const out = nulls(values.length);
  emaInto(values, 0, period, out);
  return out;
}

/**
 * Writes the SMA-seeded EMA of values[start…] into out[start + period − 1 …]; entries
 * before that are left untouched. Used by MACD for the EMA of the MACD line.
 */
export function emaInto(values: readonly number[], start: number, period: number, out: (number | null)[]): void {
  const first = start + period - 1;
  if (first >= values.length) return;
  let sum = 0;
  for (let i = start; i <= first; i++) sum += values[i];
  let current = sum / period;
  out[first] = current;
  const alpha = 2 / (period + 1);
  for (let i = first + 1; i < values.length; i++) {
    current += alpha * (values[i] - current);
    out[i] = current;
  }
}
