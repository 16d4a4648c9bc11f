import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rsi } from './rsi';

// StockCharts ChartSchool, "Relative Strength Index (RSI)", worked spreadsheet (cs-rsi.xls):
// 33 closes (shown there to 2 decimals; the sheet itself holds these 4-decimal values) and the
// 14-day Wilder RSI from the 15th close on.
const CLOSES = [
  44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245, 45.8433, 46.0826, 45.8931, 46.0328,
  45.614, 46.282, 46.282, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439, 46.2122, 46.2521, 45.7137, 46.4515,
  45.7835, 45.3548, 44.0288, 44.1783, 44.2181, 44.5672, 43.4205, 42.6628, 43.1314,
];
const RSI_14 = [
  70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38, 54.71, 50.42, 39.99, 41.46, 41.87,
  45.46, 37.3, 33.08, 37.77,
];

describe('rsi', () => {
  it('matches all 19 values of the StockCharts RSI(14) table to 2 decimals', () => {
    const out = rsi(CLOSES, 14);
    expect(out.slice(0, 14)).toEqual(new Array(14).fill(null));
    expect(out.slice(14).map((v) => Number((v ?? Number.NaN).toFixed(2)))).toEqual(RSI_14);
  });

  it('needs period + 1 closes and defaults to 14', () => {
    expect(rsi(CLOSES.slice(0, 14))).toEqual(new Array(14).fill(null));
    expect(rsi(CLOSES.slice(0, 15))[14]).toBeCloseTo(70.53, 2);
    expect(rsi([])).toEqual([]);
  });

  it('is 100 without losses, 0 without gains and 50 without movement', () => {
    expect(rsi([1, 2, 3, 4], 3)[3]).toBe(100);
    expect(rsi([4, 3, 2, 1], 3)[3]).toBe(0);
    expect(rsi([5, 5, 5, 5], 3)[3]).toBe(50);
  });

  it('stays within [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (closes, period) => {
        for (const v of rsi(closes, period)) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
      }),
    );
  });
});
