import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normCdf, normPdf } from './normal';

// Φ(x) computed with mpmath (50-digit arithmetic, `mpmath.ncdf`), written as the nearest doubles.
const REFERENCE: [number, number][] = [
  [-37, 5.725571222524577e-300],
  [-30, 4.906713927148187e-198],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-8, 6.220960574271784e-16],
  [-6, 9.86587645037698e-10],
  [-5.656854249492381, 7.708628950139992e-9],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-2, 0.02275013194817921],
  [-1.5, 0.06680720126885807],
  [-1, 0.15865525393145705],
  [-0.67, 0.2514288950953101],
  [-0.66291, 0.25369409838973994],
  [-0.5, 0.3085375387259869],
  [-0.1, 0.460172162722971],
  [0, 0.5],
  [1e-10, 0.5000000000398942],
  [0.3, 0.6179114221889527],
  [0.66, 0.7453730853286639],
  [0.7, 0.758036347776927],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [3, 0.9986501019683699],
  [5, 0.9999997133484281],
  [6, 0.9999999990134123],
  [8, 0.9999999999999993],
  [10, 1.0],
];

describe('normCdf (Cody)', () => {
  it.each(REFERENCE)('Φ(%s) matches a 50-digit reference to ~1e-15 relative', (x, expected) => {
    const got = normCdf(x);
    expect(Math.abs(got - expected)).toBeLessThanOrEqual(2e-16 + 1e-14 * expected);
  });

  it('is 0 and 1 at the infinities and keeps NaN', () => {
    expect(normCdf(-Infinity)).toBe(0);
    expect(normCdf(Infinity)).toBe(1);
    expect(normCdf(-1e6)).toBe(0);
    expect(Number.isNaN(normCdf(Number.NaN))).toBe(true);
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    fc.assert(fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (x) => Math.abs(normCdf(x) + normCdf(-x) - 1) <= 4e-16));
  });

  it('is non-decreasing', () => {
    fc.assert(fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, h) => normCdf(x + h) >= normCdf(x)));
  });

  it('has the density as its derivative', () => {
    for (const x of [-4, -1, -0.3, 0, 0.66291, 2, 5]) {
      const h = 1e-5;
      expect((normCdf(x + h) - normCdf(x - h)) / (2 * h)).toBeCloseTo(normPdf(x), 9);
    }
  });
});
