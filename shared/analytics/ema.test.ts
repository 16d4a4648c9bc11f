import { describe, expect, it } from 'vitest';
import { ema } from './ema';

// StockCharts ChartSchool, "Moving Averages – Simple and Exponential" (cs-movavg.xls): 30 closes
// and the 10-day EMA from the 10th close on. StockCharts rounds each EMA to 2 decimals before the
// next step, so our full-precision values may differ by about a cent.
const CLOSES = [
  22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43, 22.24, 22.29, 22.15, 22.39, 22.38, 22.61, 23.36,
  24.05, 23.75, 23.83, 23.95, 23.63, 23.82, 23.87, 23.65, 23.19, 23.1, 23.33, 22.68, 23.1, 22.4, 22.17,
];
const EMA_10 = [
  22.22, 22.21, 22.24, 22.27, 22.33, 22.52, 22.8, 22.97, 23.13, 23.28, 23.34, 23.43, 23.51, 23.54, 23.47,
  23.4, 23.39, 23.26, 23.23, 23.08, 22.92,
];

describe('ema', () => {
  it('matches the StockCharts 10-day EMA table', () => {
    const out = ema(CLOSES, 10);
    expect(out.slice(0, 9)).toEqual(new Array(9).fill(null));
    expect(out).toHaveLength(CLOSES.length);
    EMA_10.forEach((expected, i) => expect(Math.abs((out[9 + i] ?? Number.NaN) - expected)).toBeLessThan(0.011));
  });

  it('is seeded with the SMA and uses α = 2/(p+1)', () => {
    expect(ema([1, 2, 3, 4], 3)).toEqual([null, null, 2, 3]);
    const smoothed = ema([2, 4, 6, 8, 12], 2);
    expect(smoothed.slice(0, 4)).toEqual([null, 3, 5, 7]);
    expect(smoothed[4]).toBeCloseTo(31 / 3, 14); // 12·⅔ + 7·⅓
    expect(ema([5, 6, 7], 1)).toEqual([5, 6, 7]);
  });

  it('gives all nulls for empty or too-short input', () => {
    expect(ema([], 10)).toEqual([]);
    expect(ema([1, 2, 3], 10)).toEqual([null, null, null]);
  });

  it('rejects a bad period or a non-finite value', () => {
    expect(() => ema([1, 2], 0)).toThrow(/period must be a whole number ≥ 1/);
    expect(() => ema([1, 2], 2.5)).toThrow(/period must be a whole number/);
    expect(() => ema([1, Number.NaN, 3], 2)).toThrow(/value #1 must be a finite number/);
  });
});
