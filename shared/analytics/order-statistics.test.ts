import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderStatistics } from './order-statistics';

describe('orderStatistics', () => {
  it('returns exactly what a full sort places at each rank (ties, ±0, NaN included)', () => {
    const value = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, -1, 2.5), fc.integer({ min: -3, max: 3 }));
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (xs, picks) => {
      const ranks = picks.map((p) => p % xs.length);
      const sorted = Float64Array.from(xs).sort();
      const got = orderStatistics(Float64Array.from(xs), ranks);
      ranks.forEach((r, i) => expect(Object.is(got[i], sorted[r])).toBe(true));
    }), { numRuns: 500 });
  });

  it('finds the median of a reversed run', () => {
    expect(orderStatistics(Float64Array.from([5, 4, 3, 2, 1]), [2, 0, 4])).toEqual([3, 1, 5]);
  });
});
