import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceFuturesOption } from './black-76';
import { SPOT_AS_FORWARD, vixForward, vixForwardWeights, type VixTermStructure } from './vix-forward';

const DEFAULT_CURVE: VixTermStructure = { longRunMean: 19.5, reversionPerYear: 3 };

describe('vixForward: F = θ + (VIX − θ)·e^(−κT)', () => {
  it('by hand: VIX 40, θ 19.5, κ 3, T = 30/365 → 35.52 (backwardation after a spike)', () => {
    // e^(−3 × 30/365) = e^(−0.246575) = 0.781472; 19.5 + 20.5 × 0.781472 = 35.5202
    expect(vixForward(40, 30 / 365, DEFAULT_CURVE)).toBeCloseTo(35.5202, 4);
    expect(vixForward(40, 30 / 365, DEFAULT_CURVE)).toBeCloseTo(19.5 + 20.5 * Math.exp(-3 * 30 / 365), 12);
  });

  it('by hand: VIX 12, θ 19.5, κ 3, T = 30/365 → 13.64 (contango in a calm market)', () => {
    // 19.5 − 7.5 × 0.781472 = 13.6390
    expect(vixForward(12, 30 / 365, DEFAULT_CURVE)).toBeCloseTo(13.639, 3);
  });

  it('by hand: one half-life (T = ln 2 / κ) closes half the gap to θ', () => {
    expect(vixForward(30, Math.LN2 / 3, DEFAULT_CURVE)).toBeCloseTo(19.5 + 10.5 / 2, 12);
  });

  it('κ = 0 gives the spot VIX exactly, at any T (the old spot-as-forward model)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 200, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), (vix, years, theta) => {
        expect(vixForward(vix, years, { longRunMean: theta, reversionPerYear: 0 })).toBe(vix);
        expect(vixForward(vix, years, SPOT_AS_FORWARD)).toBe(vix);
      }),
    );
  });

  it('lies between the VIX and θ; T ≤ 0 gives the VIX', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        fc.double({ min: -1, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (vix, years, theta, kappa) => {
          const f = vixForward(vix, years, { longRunMean: theta, reversionPerYear: kappa });
          expect(f).toBeGreaterThanOrEqual(Math.min(vix, theta));
          expect(f).toBeLessThanOrEqual(Math.max(vix, theta));
          if (years <= 0) expect(f).toBe(vix);
        },
      ),
    );
  });

  it('tends to the VIX as T → 0 and to θ as T → ∞, monotonically in T', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 200, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (vix, theta, kappa) => {
        const curve = { longRunMean: theta, reversionPerYear: kappa };
        expect(Math.abs(vixForward(vix, 1e-9, curve) - vix)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(vix - theta)));
        expect(vixForward(vix, 1e6, curve)).toBeCloseTo(theta, 12);
        const gap = (t: number) => Math.abs(vixForward(vix, t, curve) - theta);
        expect(gap(0.5)).toBeLessThanOrEqual(gap(0.1) + 1e-12);
      }),
    );
  });

  it('weights: slope e^(−κT), intercept θ(1 − e^(−κT)); F = slope × VIX + intercept', () => {
    const w = vixForwardWeights(30 / 365, DEFAULT_CURVE);
    expect(w.slope).toBeCloseTo(0.781472, 6);
    expect(w.intercept).toBeCloseTo(19.5 * (1 - w.slope), 12);
    expect(vixForwardWeights(-1, DEFAULT_CURVE)).toEqual({ slope: 1, intercept: 0 });
  });

  it('a Black-76 call spread off the forward stays within [0, width] (r ≥ 0)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 150, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (vix, long, width, kappa, vol, rate) => {
          const years = 45 / 365;
          const forward = vixForward(vix, years, { longRunMean: 19.5, reversionPerYear: kappa });
          const call = (k: number) => priceFuturesOption({ kind: 'call', forward, strike: k, years, rate, vol }).price;
          const spread = call(long) - call(long + width);
          expect(spread).toBeGreaterThanOrEqual(-1e-9);
          expect(spread).toBeLessThanOrEqual(width + 1e-9);
        },
      ),
    );
  });

  it('rejects θ ≤ 0, κ < 0 and non-finite inputs with a readable message', () => {
    expect(() => vixForward(20, 0.1, { longRunMean: 0, reversionPerYear: 3 })).toThrow(/vixForward: longRunMean must be a positive number/);
    expect(() => vixForward(20, 0.1, { longRunMean: 19.5, reversionPerYear: -1 })).toThrow(/vixForward: reversionPerYear must be zero or a positive number/);
    expect(() => vixForward(Number.NaN, 0.1, DEFAULT_CURVE)).toThrow(/vixForward: vix must be a finite number/);
    expect(() => vixForward(20, Number.POSITIVE_INFINITY, DEFAULT_CURVE)).toThrow(/vixForward: years must be a finite number/);
  });
});
