/** Moving Average Convergence/Divergence (Appel), with SMA-seeded EMAs. */
import { emaInto } from './ema';
import { nulls, requireFiniteSeries, requirePeriod } from './series-checks';

export interface MacdSeries {
  /** EMA(fast) − EMA(slow); first value at index slow − 1. */
  macd: (number | null)[];
  /** EMA(signal) of the MACD line, seeded with the SMA of its first `signal` values. */
  signal: (number | null)[];
  /** macd − signal; first value at index slow + signal − 2. */
  histogram: (number | null)[];
}

/**
 * MACD(fast, slow, signal), default (12, 26, 9), all arrays aligned with the closes:
 *   MACD = EMA12 − EMA26;  signal = EMA9 of MACD;  histogram = MACD − signal
 * (StockCharts ChartSchool "MACD"). Every EMA is seeded with its SMA, so the first
 * signal is at index 26 − 1 + 9 − 1 = 33 (34 closes). Units: those of the closes.
 * Throws unless 1 ≤ fast < slow and signal ≥ 1 are whole numbers.
 */
export function macd(closes: readonly number[], fast = 12, slow = 26, signal = 9): MacdSeries {
  requirePeriod('macd', 'fast', fast);
  requirePeriod('macd', 'slow', slow);
  requirePeriod('macd', 'signal', signal);
  if (fast >= slow) throw new Error(`macd: fast period (${fast}) must be shorter than the slow period (${slow})`);
  requireFiniteSeries('macd', closes);
  const n = closes.length;
  const fastLine = nulls(n);
  const slowLine = nulls(n);
  emaInto(closes, 0, fast, fastLine);
  emaInto(closes, 0, slow, slowLine);

  const macdLine = nulls(n);
  const dense = new Array<number>(n).fill(0); // numeric copy for the signal EMA
  for (let i = slow - 1; i < n; i++) {
    const value = (fastLine[i] ?? 0) - (slowLine[i] ?? 0);
    macdLine[i] = value;
    dense[i] = value;
  }
  const signalLine = nulls(n);
  emaInto(dense, slow - 1, signal, signalLine);
  const histogram = nulls(n);
  for (let i = slow + signal - 2; i < n; i++) histogram[i] = (macdLine[i] ?? 0) - (signalLine[i] ?? 0);
  return { macd: macdLine, signal: signalLine, histogram };
}
