/**
 * The hot loops' shortcuts (bsmPriceAt, ssviSlice) are the same arithmetic as the functions they
 * stand for, hoisted: every result must be bit-identical, or the surfaces, anchors and every
 * dashboard figure built on them would drift.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bsmKernel, bsmPriceAt, expiryConstants } from './option-kernel';
import { ssviSlice, ssviTotalVariance } from './ssvi';

describe('exact fast paths', () => {
  it('bsmPriceAt gives bsmKernel\'s price to the bit', () => {
    fc.assert(fc.property(
      fc.constantFrom('call' as const, 'put' as const),
      fc.double({ min: 100, max: 8000, noNaN: true }), fc.double({ min: 50, max: 12000, noNaN: true }),
      fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: -0.02, max: 0.1, noNaN: true }),
      fc.double({ min: 0, max: 0.05, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }),
      (kind, spot, strike, years, rate, carry, vol) => {
        const fast = bsmPriceAt(kind, spot, strike, vol, expiryConstants(years, rate, carry));
        expect(Object.is(fast, bsmKernel(kind, spot, strike, years, rate, carry, vol).price)).toBe(true);
      },
    ), { numRuns: 2000 });
  });

  it('ssviSlice gives ssviTotalVariance to the bit (θ ≤ 0 included)', () => {
    fc.assert(fc.property(
      fc.double({ min: -1, max: 2, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }),
      fc.double({ min: -0.9, max: 0.9, noNaN: true }), fc.double({ min: 0.1, max: 1.5, noNaN: true }), fc.double({ min: 0.05, max: 0.5, noNaN: true }),
      (theta, k, rho, eta, gamma) => {
        const shape = { rho, eta, gamma };
        expect(Object.is(ssviSlice(theta, shape)(k), ssviTotalVariance(k, theta, shape))).toBe(true);
      },
    ), { numRuns: 2000 });
  });
});
