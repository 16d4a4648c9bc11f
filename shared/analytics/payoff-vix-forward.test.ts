/**
 * The payoff chart and position Greeks price VIX options and futures off the model forward
 * F = θ + (VIX(S) − θ)·e^(−κT) of the projected VIX (market.vixCurve); κ = 0 is the old model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceFuturesOption } from './black-76';
import { priceOption } from './black-scholes';
import { createPayoffModel, payoffCurve, type PayoffScenario } from './payoff';
import { type MarketModel, type PositionLeg, projectVix } from './position';
import { positionGreeks } from './position-greeks';
import { greekMismatches } from './testing/greeks-check';
import { vixForward } from './vix-forward';

const BASE: MarketModel = { spxNow: 5000, vixNow: 16, rate: 0.045, dividendYield: 0.013, spxVol: 0.16, vixVol: 0.9, vixBetaPointsPerPct: -0.9 };
const CURVE = { longRunMean: 19.5, reversionPerYear: 3 };
const MARKET: MarketModel = { ...BASE, vixCurve: CURVE };
const TODAY = '2026-01-05';

const legArb: fc.Arbitrary<PositionLeg> = fc
  .record({
    kind: fc.constantFrom<'call' | 'put' | 'future'>('call', 'put', 'call', 'put', 'future'),
    underlying: fc.constantFrom<'SPX' | 'VIX'>('SPX', 'VIX', 'VIX'),
    strikeFactor: fc.double({ min: 0.7, max: 1.5, noNaN: true }),
    days: fc.integer({ min: 1, max: 120 }),
    quantity: fc.integer({ min: -5, max: 5 }),
  })
  .map((r) => ({
    kind: r.kind,
    underlying: r.underlying,
    strike: r.kind === 'future' ? undefined : Math.round((r.underlying === 'VIX' ? 16 : 5000) * r.strikeFactor),
    expiration: new Date(Date.UTC(2026, 0, 5 + r.days)).toISOString().slice(0, 10),
    quantity: r.quantity,
    multiplier: r.kind === 'future' ? (r.underlying === 'VIX' ? 1000 : 50) : 100,
  }));

const yearsTo = (expiration: string) => (Date.parse(expiration) - Date.parse(TODAY)) / 86_400_000 / 365;

describe('payoff with the VIX forward curve', () => {
  it('by hand: a VIX call at SPX 4,700 is priced off F = 19.5 + (21.4 − 19.5)·e^(−3 × 44/365)', () => {
    const legs: PositionLeg[] = [{ kind: 'call', underlying: 'VIX', strike: 20, expiration: '2026-02-18', quantity: 10, multiplier: 100, vol: 1.1 }];
    const vix = projectVix(MARKET, 4700); // 16 − 0.9 × 100 × (−6%) = 21.4
    const forward = 19.5 + 1.9 * Math.exp(-3 * 44 / 365); // 19.5 + 1.9 × 0.69654 = 20.8234
    expect(vix).toBeCloseTo(21.4, 12);
    expect(forward).toBeCloseTo(20.8234, 4);
    const call = priceFuturesOption({ kind: 'call', forward, strike: 20, years: 44 / 365, rate: 0.045, vol: 1.1 }).price;
    expect(createPayoffModel({ legs, realizedCash: 0, valuationDate: TODAY, market: MARKET }).pnlAt(4700)).toBeCloseTo(1000 * call, 8);
  });

  it('κ = 0 reproduces the spot-as-forward curve exactly', () => {
    fc.assert(
      fc.property(fc.array(legArb, { minLength: 1, maxLength: 6 }), fc.array(fc.double({ min: 3000, max: 7000, noNaN: true }), { minLength: 1, maxLength: 8 }), (legs, prices) => {
        const none = payoffCurve({ legs, realizedCash: 0, valuationDate: TODAY, market: BASE }, prices);
        const zero = payoffCurve({ legs, realizedCash: 0, valuationDate: TODAY, market: { ...BASE, vixCurve: { longRunMean: 19.5, reversionPerYear: 0 } } }, prices);
        expect(zero).toEqual(none);
      }),
    );
  });

  it('agrees leg by leg with Black-76 off vixForward(projected VIX) and BSM for SPX', () => {
    fc.assert(
      fc.property(fc.array(legArb, { minLength: 1, maxLength: 6 }), fc.array(fc.double({ min: 3000, max: 7000, noNaN: true }), { minLength: 1, maxLength: 8 }), (legs, prices) => {
        const curve = payoffCurve({ legs, realizedCash: 0, valuationDate: TODAY, market: MARKET }, prices);
        prices.forEach((s, i) => {
          let expected = 0;
          let notional = 0;
          for (const leg of legs) {
            const years = yearsTo(leg.expiration ?? TODAY);
            const w = leg.quantity * leg.multiplier;
            if (leg.kind === 'future') {
              expected += w * (leg.underlying === 'VIX' ? vixForward(projectVix(MARKET, s), years, CURVE) : s * Math.exp((BASE.rate - BASE.dividendYield) * years));
            } else if (leg.underlying === 'VIX') {
              expected += w * priceFuturesOption({ kind: leg.kind as 'call' | 'put', forward: vixForward(projectVix(MARKET, s), years, CURVE), strike: leg.strike ?? 1, years, rate: BASE.rate, vol: BASE.vixVol }).price;
            } else {
              expected += w * priceOption({ kind: leg.kind as 'call' | 'put', spot: s, strike: leg.strike ?? 1, years, rate: BASE.rate, dividendYield: BASE.dividendYield, vol: BASE.spxVol }).price;
            }
            notional += Math.abs(w) * (leg.underlying === 'VIX' ? 100 : s);
          }
          expect(Math.abs(curve[i] - expected)).toBeLessThanOrEqual(1e-11 * notional + 1e-9);
        });
      }),
    );
  });

  it('settles expired VIX options on the projected VIX itself (no forward after expiration)', () => {
    const legs: PositionLeg[] = [{ kind: 'call', underlying: 'VIX', strike: 18, expiration: '2026-01-02', quantity: 1, multiplier: 100 }];
    expect(createPayoffModel({ legs, realizedCash: 0, valuationDate: TODAY, market: MARKET }).pnlAt(4700)).toBeCloseTo(100 * (21.4 - 18), 9);
  });

  it('Greeks are the exact derivatives of that payoff (finite differences: delta, gamma, vega, theta)', () => {
    // Expirations 20+ days out, as in position-greeks.test.ts: a one-day step then never crosses one.
    const liveLeg = legArb.filter((l) => yearsTo(l.expiration ?? TODAY) >= 20 / 365);
    fc.assert(
      fc.property(fc.array(liveLeg, { minLength: 1, maxLength: 8 }), fc.double({ min: 4700, max: 5300, noNaN: true }), (legs, spx) => {
        const scenario: PayoffScenario = { legs, realizedCash: 0, valuationDate: TODAY, market: MARKET };
        expect(greekMismatches(scenario, spx, '2026-01-06')).toEqual([]);
      }),
    );
  });

  it('dampens a VIX leg’s SPX delta by e^(−κT) against κ = 0 at the same forward', () => {
    // A VIX future: delta = w × e^(−κT) × dVIX/dS exactly.
    const legs: PositionLeg[] = [{ kind: 'future', underlying: 'VIX', expiration: '2026-02-04', quantity: 1, multiplier: 1000 }];
    const g = positionGreeks({ legs, realizedCash: 0, valuationDate: TODAY, market: MARKET });
    expect(g.deltaPerPoint).toBeCloseTo(1000 * Math.exp(-3 * 30 / 365) * (-0.9 * 100 / 5000), 12);
    // Theta: the forward rolls toward spot, κ·(F − θ) points a year; VIX 16 < θ, so it falls.
    const forward = vixForward(16, 30 / 365, CURVE);
    expect(g.thetaPerDay).toBeCloseTo((1000 * 3 * (forward - 19.5)) / 365, 10);
  });
});
