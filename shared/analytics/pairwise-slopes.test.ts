/**
 * The bracketed selection (pairwise-slopes.ts) must pick exactly what a sort of every slope
 * places at each rank — ties, both zeros and the fallback when the sample's bracket misses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketedSlopes, distinctXPairs, pairwiseSlopeRanks } from './pairwise-slopes';

function sortedSlopes(xs: readonly number[], ys: readonly number[]): Float64Array {
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (xs[j] !== xs[i]) slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
  return Float64Array.from(slopes).sort();
}

// Coarse values: many equal xs (pairs left out) and equal ys (slopes of +0 and −0).
const coarse = fc.integer({ min: -40, max: 40 }).map((v) => v / 8);
const fine = fc.double({ min: -0.1, max: 0.1, noNaN: true });
const points = fc.array(fc.tuple(fc.oneof(coarse, fine), fc.oneof(coarse, fine)), { minLength: 100, maxLength: 250 });
const rankFractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 4 });

describe('pairwise slope order statistics', () => {
  it('property: distinctXPairs counts the pairs with different x', () => {
    fc.assert(fc.property(fc.array(coarse, { maxLength: 80 }), (xs) => {
      let pairs = 0;
      for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (xs[j] - xs[i] !== 0) pairs++;
      expect(distinctXPairs(xs, xs.length)).toBe(pairs);
    }), { numRuns: 200 });
  });

  it('property: the bracketed pass, when its bracket holds, and the whole function give the sorted slopes at each rank', () => {
    let bracketHeld = 0;
    let bracketMissed = 0;
    fc.assert(fc.property(points, rankFractions, fc.constantFrom(16, 64, 1024), fc.constantFrom(0, 4), (pts, fractions, sampleSize, sigmas) => {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const sorted = sortedSlopes(xs, ys);
      if (sorted.length === 0) return;
      const ranks = fractions.map((f) => Math.floor(f * sorted.length));
      const bracketed = bracketedSlopes(xs, ys, xs.length, sorted.length, ranks, sampleSize, sigmas);
      if (bracketed === null) bracketMissed++;
      else {
        bracketHeld++;
        ranks.forEach((r, i) => expect(Object.is(bracketed[i], sorted[r])).toBe(true));
      }
      const whole = pairwiseSlopeRanks(xs, ys, xs.length, () => ranks, sampleSize);
      expect(whole?.count).toBe(sorted.length);
      ranks.forEach((r, i) => expect(Object.is(whole?.values[i], sorted[r])).toBe(true));
    }), { numRuns: 120 });
    // Both outcomes ran: a bracket without margin (sigmas 0) misses now and then, a 4 σ one holds.
    expect(bracketHeld).toBeGreaterThan(20);
    expect(bracketMissed).toBeGreaterThan(0);
  });

  it('a non-finite value takes the plain path and still counts its slopes', () => {
    const xs = [0, 1, 2, Infinity];
    const ys = [0, 1, 4, 9];
    // Pairs with x = ∞ give slopes 0 (finite dy / ∞): six slopes in all.
    expect(pairwiseSlopeRanks(xs, ys, 4, (count) => [0, count - 1])).toEqual({ count: 6, values: [0, 3] });
  });
});
