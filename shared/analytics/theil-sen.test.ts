import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { theilSen } from './theil-sen';

describe('theilSen', () => {
  it('hand-computed example: slopes −1, 0.5, 1, 4/3, 2, 3 → median (1 + 4/3)/2', () => {
    const fit = theilSen([1, 2, 3, 4], [1, 3, 2, 5]);
    expect(fit?.slope).toBeCloseTo(7 / 6, 12);
    // intercept = median(y − βx) = median(−1/6, 2/3, −3/2, 1/3) = (−1/6 + 1/3)/2
    expect(fit?.intercept).toBeCloseTo(1 / 12, 12);
    // n = 4: C = 1.959964 × √(4·3·13/18) = 5.77; ranks ⌊0.11⌋→1 and ⌈5.89⌉+1→6 (clamped): the whole range.
    expect([fit?.slopeLow, fit?.slopeHigh]).toEqual([-1, 3]);
  });

  it('returns null without 3 points or when every x is equal', () => {
    expect(theilSen([1, 2], [1, 2])).toBeNull();
    expect(theilSen([2, 2, 2], [1, 2, 3])).toBeNull();
  });

  it('property: an exact line with up to 10% arbitrary outliers keeps its exact slope, inside its interval', () => {
    fc.assert(fc.property(
      fc.double({ min: -5, max: 5, noNaN: true }),
      fc.uniqueArray(fc.integer({ min: -4000, max: 4000 }), { minLength: 30, maxLength: 80 }),
      fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { maxLength: 3 }),
      (beta, rawXs, junk) => {
        const xs = rawXs.map((x) => x / 1000);
        const ys = xs.map((x) => 0.3 + beta * x);
        junk.forEach((value, k) => { ys[k * 7] = value; });
        const fit = theilSen(xs, ys);
        expect(fit?.slope).toBeCloseTo(beta, 9);
        expect(fit?.slopeLow).toBeLessThanOrEqual(beta + 1e-9);
        expect(fit?.slopeHigh).toBeGreaterThanOrEqual(beta - 1e-9);
        expect(fit?.outliers).toBeLessThanOrEqual(junk.length);
      },
    ), { numRuns: 200 });
  });

  it('property: slope and interval are exactly the sorted slopes\' median and ranks (selection, not sorting, picks them)', () => {
    const small = fc.integer({ min: -50, max: 50 }).map((v) => v / 10);
    fc.assert(fc.property(fc.array(fc.tuple(small, small), { minLength: 3, maxLength: 60 }), (points) => {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const fit = theilSen(xs, ys);
      const slopes: number[] = [];
      for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (xs[j] !== xs[i]) slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
      if (slopes.length === 0) return expect(fit).toBeNull();
      const sorted = Float64Array.from(slopes).sort();
      const m = sorted.length >> 1;
      const median = sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
      const n = xs.length;
      const c = 1.959964 * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
      const low = sorted[Math.max(1, Math.floor((sorted.length - c) / 2)) - 1];
      const high = sorted[Math.min(sorted.length, Math.ceil((sorted.length + c) / 2) + 1) - 1];
      expect([Object.is(fit?.slope, median), Object.is(fit?.slopeLow, low), Object.is(fit?.slopeHigh, high)]).toEqual([true, true, true]);
    }), { numRuns: 300 });
  });
});
