import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceFuturesOption } from './black-76';
import { priceOption } from './black-scholes';

describe('priceFuturesOption (Black-76)', () => {
  it("Haug's example: F=19, K=19, T=0.75, r=10%, σ=28% → call = put = 1.7011", () => {
    // E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd ed. (2007), §1.1.3 "Options on futures".
    const base = { forward: 19, strike: 19, years: 0.75, rate: 0.1, vol: 0.28 } as const;
    expect(priceFuturesOption({ kind: 'call', ...base }).price).toBeCloseTo(1.7011, 4);
    expect(priceFuturesOption({ kind: 'put', ...base }).price).toBeCloseTo(1.7011, 4);
  });

  it('Haug: delta F=105, K=100, T=0.5, r=10%, σ=36% → call 0.5946, put −0.3566', () => {
    // Haug (2007) ch. 2, delta example for an option on a future (b = 0).
    const base = { forward: 105, strike: 100, years: 0.5, rate: 0.1, vol: 0.36 } as const;
    expect(priceFuturesOption({ kind: 'call', ...base }).delta).toBeCloseTo(0.5946, 4);
    expect(priceFuturesOption({ kind: 'put', ...base }).delta).toBeCloseTo(-0.3566, 4);
  });

  it('is BSM with spot = F and dividend yield = r, and satisfies C − P = e^(−rT)(F − K)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 9, max: 80, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 1 / 365, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.08, noNaN: true }),
        fc.double({ min: 0.2, max: 2, noNaN: true }),
        (forward, m, years, rate, vol) => {
          const strike = forward * m;
          const call = priceFuturesOption({ kind: 'call', forward, strike, years, rate, vol });
          const put = priceFuturesOption({ kind: 'put', forward, strike, years, rate, vol });
          const bsm = priceOption({ kind: 'call', spot: forward, strike, years, rate, dividendYield: rate, vol });
          expect(call.price).toBeCloseTo(bsm.price, 12);
          expect(call.theta).toBeCloseTo(bsm.theta, 10);
          expect(call.price - put.price).toBeCloseTo(Math.exp(-rate * years) * (forward - strike), 11);
          // theta = r·V − F e^(−rT) φ(d1) σ / (2√T): check the r·V part through the put–call difference.
          expect(call.theta - put.theta).toBeCloseTo(rate * (call.price - put.price), 10);
        },
      ),
    );
  });

  it('is intrinsic at expiry and rejects a non-positive forward', () => {
    expect(priceFuturesOption({ kind: 'call', forward: 25, strike: 20, years: 0, rate: 0.05, vol: 1 }).price).toBe(5);
    expect(() => priceFuturesOption({ kind: 'call', forward: 0, strike: 20, years: 0.1, rate: 0.05, vol: 1 })).toThrow(/forward must be a positive number/);
    expect(() => priceFuturesOption({ kind: 'put', forward: 20, strike: 20, years: 0.1, rate: 0.05, vol: -1 })).toThrow(/vol must be zero or a positive number/);
  });
});
