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
});
