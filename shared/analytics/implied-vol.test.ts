import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceOption } from './black-scholes';
import { impliedVol } from './implied-vol';

describe('impliedVol', () => {
  it("recovers Hull's 20% from the exact price of his example", () => {
    // Hull (8th ed.) Example 14.6: S=42, K=40, r=10%, T=0.5, σ=20% → c = 4.7594.
    const price = priceOption({ kind: 'call', spot: 42, strike: 40, years: 0.5, rate: 0.1, vol: 0.2 }).price;
    expect(impliedVol({ kind: 'call', spot: 42, strike: 40, years: 0.5, rate: 0.1, price })).toBeCloseTo(0.2, 13);
    // The rounded published price 4.76 implies a vol within a few bp of 20%.
    expect(impliedVol({ kind: 'call', spot: 42, strike: 40, years: 0.5, rate: 0.1, price: 4.76 })).toBeCloseTo(0.2, 3);
  });

  it('round-trips σ → price → σ', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'call' | 'put'>('call', 'put'),
        fc.double({ min: 0.8, max: 1.2, noNaN: true }),
        fc.double({ min: 7 / 365, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 1.2, noNaN: true }),
        fc.double({ min: 0, max: 0.03, noNaN: true }),
        (kind, m, years, vol, dividendYield) => {
          const o = { kind, spot: 5000, strike: 5000 * m, years, rate: 0.04, dividendYield };
          const price = priceOption({ ...o, vol }).price;
          const vega = priceOption({ ...o, vol }).vega;
          // Only well-conditioned cases: a price change of 1e-9 must move σ by less than 1e-6.
          fc.pre(vega > 1e-3 && price > 1e-6);
          expect(impliedVol({ ...o, price })).toBeCloseTo(vol, 8);
        },
      ),
    );
  });

  it('returns 0 for a price equal to the (forward) intrinsic value', () => {
    const lower = 100 * Math.exp(-0.01) - 90 * Math.exp(-0.05);
    expect(impliedVol({ kind: 'call', spot: 100, strike: 90, years: 1, rate: 0.05, dividendYield: 0.01, price: lower })).toBe(0);
  });

  it('explains prices outside the no-arbitrage bounds and expired options', () => {
    const o = { kind: 'call', spot: 100, strike: 90, years: 1, rate: 0.05 } as const;
    expect(() => impliedVol({ ...o, price: 5 })).toThrow(/below the option's intrinsic value/);
    expect(() => impliedVol({ ...o, price: 100 })).toThrow(/at or above the no-arbitrage bound/);
    expect(() => impliedVol({ ...o, years: 0, price: 10 })).toThrow(/expired option/);
    expect(() => impliedVol({ ...o, price: -1 })).toThrow(/price must be zero or a positive number/);
  });
});
