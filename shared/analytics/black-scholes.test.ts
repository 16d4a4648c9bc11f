import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceOption, type OptionInput } from './black-scholes';

describe('priceOption — published reference values', () => {
  it("Hull's example: S=42, K=40, r=10%, σ=20%, T=0.5 → call 4.76, put 0.81", () => {
    // J. C. Hull, Options, Futures and Other Derivatives (8th ed.), Example 14.6
    // ("Black–Scholes–Merton pricing formulas"): c = 4.76, p = 0.81.
    const base = { spot: 42, strike: 40, years: 0.5, rate: 0.1, vol: 0.2 } as const;
    expect(priceOption({ kind: 'call', ...base }).price).toBeCloseTo(4.76, 2);
    expect(priceOption({ kind: 'put', ...base }).price).toBeCloseTo(0.81, 2);
  });

  it("Hull's Greek-letter example: S=49, K=50, r=5%, σ=20%, T=20 weeks", () => {
    // Hull (8th ed.), ch. 18 "The Greek Letters", Tables 18.1–18.6 example: BSM price 2.40,
    // delta 0.522, gamma 0.066, theta −4.31 per year, vega 12.1, rho 8.91.
    const g = priceOption({ kind: 'call', spot: 49, strike: 50, years: 20 / 52, rate: 0.05, vol: 0.2 });
    expect(g.price).toBeCloseTo(2.4, 2);
    expect(g.delta).toBeCloseTo(0.522, 3);
    expect(g.gamma).toBeCloseTo(0.066, 3);
    expect(g.theta).toBeCloseTo(-4.31, 2);
    expect(g.vega).toBeCloseTo(12.1, 1);
    expect(g.rho).toBeCloseTo(8.91, 2);
  });

  // E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd ed. (2007), ch. 1–2,
  // worked examples (4 decimals). Haug's cost-of-carry b equals r − q here.
  it('Haug: Black–Scholes 1973 call S=60, K=65, T=0.25, r=8%, σ=30% → 2.1334', () => {
    expect(priceOption({ kind: 'call', spot: 60, strike: 65, years: 0.25, rate: 0.08, vol: 0.3 }).price).toBeCloseTo(2.1334, 4);
  });

  it('Haug: Merton 1973 put with dividend yield S=100, K=95, T=0.5, r=10%, q=5%, σ=20% → 2.4648', () => {
    expect(priceOption({ kind: 'put', spot: 100, strike: 95, years: 0.5, rate: 0.1, dividendYield: 0.05, vol: 0.2 }).price).toBeCloseTo(2.4648, 4);
  });

  it('Haug: delta S=105, K=100, T=0.5, r=10%, b=0, σ=36% → call 0.5946, put −0.3566', () => {
    const base = { spot: 105, strike: 100, years: 0.5, rate: 0.1, dividendYield: 0.1, vol: 0.36 } as const;
    expect(priceOption({ kind: 'call', ...base }).delta).toBeCloseTo(0.5946, 4);
    expect(priceOption({ kind: 'put', ...base }).delta).toBeCloseTo(-0.3566, 4);
  });

  it('Haug: gamma S=55, K=60, T=0.75, r=b=10%, σ=30% → 0.0278', () => {
    expect(priceOption({ kind: 'call', spot: 55, strike: 60, years: 0.75, rate: 0.1, vol: 0.3 }).gamma).toBeCloseTo(0.0278, 4);
  });

  it('Haug: put theta S=430, K=405, T=0.0833, r=7%, q=5%, σ=20% → −31.1924 per year', () => {
    expect(priceOption({ kind: 'put', spot: 430, strike: 405, years: 0.0833, rate: 0.07, dividendYield: 0.05, vol: 0.2 }).theta).toBeCloseTo(-31.1924, 4);
  });

  it('Haug: call rho S=72, K=75, T=1, r=b=9%, σ=19% → 38.7325', () => {
    expect(priceOption({ kind: 'call', spot: 72, strike: 75, years: 1, rate: 0.09, vol: 0.19 }).rho).toBeCloseTo(38.7325, 4);
  });
});

const optionArb = fc.record({
  spot: fc.double({ min: 500, max: 8000, noNaN: true }),
  moneyness: fc.double({ min: 0.6, max: 1.4, noNaN: true }),
  years: fc.double({ min: 1 / 365, max: 3, noNaN: true }),
  rate: fc.double({ min: -0.01, max: 0.1, noNaN: true }),
  dividendYield: fc.double({ min: 0, max: 0.05, noNaN: true }),
  vol: fc.double({ min: 0.03, max: 1.5, noNaN: true }),
});

type Params = Omit<OptionInput, 'kind' | 'strike'> & { moneyness: number };
const input = (kind: 'call' | 'put', p: Params): OptionInput => ({ kind, spot: p.spot, strike: p.spot * p.moneyness, years: p.years, rate: p.rate, dividendYield: p.dividendYield, vol: p.vol });

describe('priceOption — properties', () => {
  it('satisfies put–call parity: C − P = S e^(−qT) − K e^(−rT)', () => {
    fc.assert(
      fc.property(optionArb, (p) => {
        const call = priceOption(input('call', p));
        const put = priceOption(input('put', p));
        const o = input('call', p);
        const parity = o.spot * Math.exp(-(o.dividendYield ?? 0) * o.years) - o.strike * Math.exp(-o.rate * o.years);
        expect(call.price - put.price).toBeCloseTo(parity, 8 - Math.ceil(Math.log10(o.spot)));
        expect(call.delta - put.delta).toBeCloseTo(Math.exp(-(o.dividendYield ?? 0) * o.years), 12);
        expect(call.gamma).toBeCloseTo(put.gamma, 12);
        expect(call.vega).toBeCloseTo(put.vega, 8);
      }),
    );
  });

  it('Greeks agree with central finite differences of the price', () => {
    fc.assert(
      fc.property(optionArb, fc.constantFrom<'call' | 'put'>('call', 'put'), (p, kind) => {
        const o = input(kind, p);
        const g = priceOption(o);
        const at = (patch: Partial<OptionInput>) => priceOption({ ...o, ...patch }).price;
        const hs = o.spot * 1e-5;
        const ht = Math.min(1e-5, o.years / 10);
        const tolerance = (scale: number) => 1e-5 * (1 + Math.abs(scale));
        expect(Math.abs((at({ spot: o.spot + hs }) - at({ spot: o.spot - hs })) / (2 * hs) - g.delta)).toBeLessThan(tolerance(g.delta));
        const fdGamma = (at({ spot: o.spot + hs }) - 2 * g.price + at({ spot: o.spot - hs })) / (hs * hs);
        expect(Math.abs(fdGamma - g.gamma)).toBeLessThan(1e-4 * (1 + Math.abs(g.gamma)) + 1e-6 / hs);
        const fdTheta = -(at({ years: o.years + ht }) - at({ years: o.years - ht })) / (2 * ht);
        expect(Math.abs(fdTheta - g.theta)).toBeLessThan(1e-3 * (1 + Math.abs(g.theta)));
        const fdVega = (at({ vol: o.vol + 1e-5 }) - at({ vol: o.vol - 1e-5 })) / 2e-5;
        expect(Math.abs(fdVega - g.vega)).toBeLessThan(1e-4 * (1 + Math.abs(g.vega)));
        const fdRho = (at({ rate: o.rate + 1e-6 }) - at({ rate: o.rate - 1e-6 })) / 2e-6;
        expect(Math.abs(fdRho - g.rho)).toBeLessThan(1e-3 * (1 + Math.abs(g.rho)));
      }),
    );
  });

  it('is bounded by intrinsic value and the underlying/strike', () => {
    fc.assert(
      fc.property(optionArb, (p) => {
        const c = input('call', p);
        const dq = Math.exp(-(c.dividendYield ?? 0) * c.years);
        const dr = Math.exp(-c.rate * c.years);
        const call = priceOption(c).price;
        const put = priceOption({ ...c, kind: 'put' }).price;
        const slack = 1e-9 * c.spot;
        expect(call).toBeGreaterThanOrEqual(Math.max(0, c.spot * dq - c.strike * dr) - slack);
        expect(call).toBeLessThanOrEqual(c.spot * dq + slack);
        expect(put).toBeGreaterThanOrEqual(Math.max(0, c.strike * dr - c.spot * dq) - slack);
        expect(put).toBeLessThanOrEqual(c.strike * dr + slack);
      }),
    );
  });
});

describe('priceOption — edges', () => {
  it('at expiry (years = 0) is intrinsic, without NaN', () => {
    const call = priceOption({ kind: 'call', spot: 5100, strike: 5000, years: 0, rate: 0.05, vol: 0.2 });
    expect(call).toEqual({ price: 100, delta: 1, gamma: 0, theta: expect.any(Number), vega: 0, rho: 0 });
    const put = priceOption({ kind: 'put', spot: 5100, strike: 5000, years: 0, rate: 0.05, vol: 0.2 });
    expect(put.price).toBe(0);
    expect(put.delta).toBe(-0);
    const atm = priceOption({ kind: 'call', spot: 5000, strike: 5000, years: 0, rate: 0.05, vol: 0.2 });
    expect(atm.price).toBe(0);
    expect(atm.delta).toBe(0.5);
    for (const v of Object.values(atm)) expect(Number.isFinite(v)).toBe(true);
  });

  it('with vol = 0 is the discounted forward intrinsic value', () => {
    const o = { spot: 100, strike: 95, years: 1, rate: 0.05, dividendYield: 0.01, vol: 0 } as const;
    const call = priceOption({ kind: 'call', ...o });
    expect(call.price).toBeCloseTo(100 * Math.exp(-0.01) - 95 * Math.exp(-0.05), 12);
    expect(call.delta).toBeCloseTo(Math.exp(-0.01), 15);
    expect(call.gamma).toBe(0);
    expect(call.theta).toBeCloseTo(0.01 * 100 * Math.exp(-0.01) - 0.05 * 95 * Math.exp(-0.05), 12);
    expect(priceOption({ kind: 'put', ...o }).price).toBe(0);
  });

  it('converges to the limits as years → 0 and vol → 0', () => {
    for (const years of [1e-3, 1e-6, 1e-9, 1e-12, 1e-300]) {
      const g = priceOption({ kind: 'put', spot: 4000, strike: 4100, years, rate: 0.05, vol: 0.2 });
      expect(g.price).toBeCloseTo(100, years < 1e-3 ? 2 : 0);
      for (const v of Object.values(g)) expect(Number.isFinite(v)).toBe(true);
    }
    for (const vol of [1e-4, 1e-8, 1e-300]) {
      const g = priceOption({ kind: 'call', spot: 4000, strike: 4000, years: 0.5, rate: 0, vol });
      expect(g.price).toBeCloseTo(0, 0);
      for (const v of Object.values(g)) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('handles deep in- and out-of-the-money options', () => {
    const deepOtm = priceOption({ kind: 'call', spot: 5000, strike: 50_000, years: 0.1, rate: 0.05, vol: 0.15 });
    expect(deepOtm.price).toBe(0);
    expect(deepOtm.delta).toBe(0);
    const deepItm = priceOption({ kind: 'call', spot: 5000, strike: 500, years: 0.1, rate: 0.05, vol: 0.15 });
    expect(deepItm.price).toBeCloseTo(5000 - 500 * Math.exp(-0.005), 9);
    expect(deepItm.delta).toBe(1);
    const tinyPut = priceOption({ kind: 'put', spot: 5000, strike: 3500, years: 7 / 365, rate: 0.05, vol: 0.12 });
    expect(tinyPut.price).toBeGreaterThan(0);
    expect(tinyPut.price).toBeLessThan(1e-50);
  });

  it.each([
    [{ spot: 0 }, /spot must be a positive number \(got 0\)/],
    [{ spot: -5 }, /spot must be a positive number \(got -5\)/],
    [{ strike: 0 }, /strike must be a positive number/],
    [{ strike: -1 }, /strike must be a positive number/],
    [{ years: -0.1 }, /years must be zero or a positive number/],
    [{ vol: -0.2 }, /vol must be zero or a positive number/],
    [{ rate: Number.NaN }, /rate must be a finite number/],
    [{ spot: Infinity }, /spot must be a positive number/],
  ])('rejects %o with a readable message', (patch, message) => {
    expect(() => priceOption({ kind: 'call', spot: 100, strike: 100, years: 1, rate: 0.05, vol: 0.2, ...patch })).toThrow(message);
  });
});
