import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durrlemanG, type SmileShape, ssviDerivatives, ssviTotalVariance, validateSmileShape } from './ssvi';

/** Shapes inside Gatheral & Jacquier's no-arbitrage bounds. */
export const arbitrageFreeShape = fc
  .record({
    rho: fc.double({ min: -0.95, max: 0.95, noNaN: true }),
    etaShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
    gamma: fc.double({ min: 0.05, max: 0.5, noNaN: true }),
  })
  .map(({ rho, etaShare, gamma }): SmileShape => ({ rho, gamma, eta: (etaShare * 2) / Math.sqrt(1 + Math.abs(rho)) }));

describe('SSVI slice (Gatheral & Jacquier 2014)', () => {
  it('equals θ at the money and matches the worked values by hand', () => {
    const shape = { rho: -0.4, eta: 1, gamma: 0.5 };
    // φ(0.04) = 1 / (0.04^0.5 · 1.04^0.5) = 4.9029; w(0.5) = 0.02·(1 + ρφk + √((φk+ρ)² + 1 − ρ²))
    const phi = 1 / Math.sqrt(0.04 * 1.04);
    const byHand = 0.02 * (1 - 0.4 * phi * 0.5 + Math.sqrt((phi * 0.5 - 0.4) ** 2 + 1 - 0.16));
    expect(ssviTotalVariance(0, 0.04, shape)).toBeCloseTo(0.04, 15);
    expect(ssviTotalVariance(0.5, 0.04, shape)).toBeCloseTo(byHand, 15);
    expect(byHand).toBeCloseTo(0.045326, 5); // φ = 4.9029, φk = 2.4515: 0.02 × (1 − 0.9806 + √5.0487)
  });

  it('its closed-form derivatives agree with finite differences', () => {
    fc.assert(fc.property(
      arbitrageFreeShape, fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
      (shape, k, theta) => {
        const h = 1e-5;
        const d = ssviDerivatives(k, theta, shape);
        const fd1 = (ssviTotalVariance(k + h, theta, shape) - ssviTotalVariance(k - h, theta, shape)) / (2 * h);
        const fd2 = (ssviTotalVariance(k + h, theta, shape) - 2 * d.w + ssviTotalVariance(k - h, theta, shape)) / (h * h);
        expect(d.dw).toBeCloseTo(fd1, 6);
        expect(Math.abs(d.d2w - fd2)).toBeLessThan(1e-3 * Math.max(1, Math.abs(d.d2w)));
      },
    ));
  });

  it('has a non-negative density (Durrleman g ≥ 0) on every slice inside the bounds', () => {
    fc.assert(fc.property(arbitrageFreeShape, fc.double({ min: 1e-5, max: 2, noNaN: true }), (shape, theta) => {
      let minG = Infinity;
      for (let k = -3; k <= 3; k += 0.01) minG = Math.min(minG, durrlemanG(k, theta, shape));
      expect(minG).toBeGreaterThanOrEqual(-1e-12);
    }), { numRuns: 300 });
  });

  it('detects butterfly arbitrage just outside the η bound (the check can fail)', () => {
    const shape = { rho: -0.9, eta: 4, gamma: 0.5 };
    expect(() => validateSmileShape('t', shape)).toThrow(/eta must be/);
    let minG = Infinity;
    for (let k = -3; k <= 3; k += 0.001) minG = Math.min(minG, durrlemanG(k, 0.001, shape));
    expect(minG).toBeLessThan(0);
  });

  it('total variance is non-decreasing in θ at every k (no calendar spread for a rising θ-curve)', () => {
    fc.assert(fc.property(
      arbitrageFreeShape, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: 1e-5, max: 1, noNaN: true }),
      fc.double({ min: 1, max: 3, noNaN: true }),
      (shape, k, theta, ratio) => {
        expect(ssviTotalVariance(k, theta * ratio, shape)).toBeGreaterThanOrEqual(ssviTotalVariance(k, theta, shape) * (1 - 1e-12));
      },
    ));
  });

  it('prices puts above calls at equal |k| when ρ < 0', () => {
    fc.assert(fc.property(
      arbitrageFreeShape.filter((s) => s.rho < -0.01), fc.double({ min: 0.001, max: 2, noNaN: true }),
      fc.double({ min: 1e-4, max: 1, noNaN: true }),
      (shape, k, theta) => {
        expect(ssviTotalVariance(-k, theta, shape)).toBeGreaterThan(ssviTotalVariance(k, theta, shape));
      },
    ));
  });

  it('refuses shapes outside the bounds with the reason', () => {
    expect(() => validateSmileShape('t', { rho: -1, eta: 1, gamma: 0.4 })).toThrow(/rho must lie strictly between/);
    expect(() => validateSmileShape('t', { rho: -0.7, eta: 1, gamma: 0.7 })).toThrow(/gamma must lie in \(0, 0.5\]/);
    expect(() => validateSmileShape('t', { rho: -0.7, eta: 1.6, gamma: 0.4 })).toThrow(/at most 2\/√\(1\+\|ρ\|\) = 1.534/);
  });
});
