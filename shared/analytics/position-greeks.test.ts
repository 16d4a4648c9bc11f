import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceOption } from './black-scholes';
import { type PayoffScenario } from './payoff';
import { type MarketModel, type PositionLeg } from './position';
import { positionGreeks } from './position-greeks';
import { greekMismatches } from './testing/greeks-check';

const MARKET: MarketModel = { spxNow: 5000, vixNow: 16, rate: 0.045, dividendYield: 0.013, spxVol: 0.16, vixVol: 0.9, vixBetaPointsPerPct: -0.9 };

const legArb: fc.Arbitrary<PositionLeg> = fc
  .record({
    kind: fc.constantFrom<'call' | 'put' | 'future'>('call', 'put', 'call', 'put', 'future'),
    underlying: fc.constantFrom<'SPX' | 'VIX'>('SPX', 'SPX', 'VIX'),
    strikeFactor: fc.double({ min: 0.85, max: 1.15, noNaN: true }),
    days: fc.integer({ min: 20, max: 90 }),
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

describe('positionGreeks', () => {
  it("is the sum of the legs' textbook Greeks in dollars: Δ $/pt, Θ $/day, vega $/vol point", () => {
    const legs: PositionLeg[] = [{ kind: 'put', underlying: 'SPX', strike: 4900, expiration: '2026-02-04', quantity: -3, multiplier: 100 }];
    const g = positionGreeks({ legs, realizedCash: 0, valuationDate: '2026-01-05', market: MARKET });
    const leg = priceOption({ kind: 'put', spot: 5000, strike: 4900, years: 30 / 365, rate: 0.045, dividendYield: 0.013, vol: 0.16 });
    expect(g.deltaPerPoint).toBeCloseTo(-300 * leg.delta, 10);
    expect(g.gammaPerPoint).toBeCloseTo(-300 * leg.gamma, 12);
    expect(g.thetaPerDay).toBeCloseTo((-300 * leg.theta) / 365, 10);
    expect(g.vegaPerVolPoint).toBeCloseTo((-300 * leg.vega) / 100, 10);
  });

  it('agrees with finite differences of the payoff model (delta, gamma, vega, theta)', () => {
    fc.assert(
      fc.property(fc.array(legArb, { minLength: 1, maxLength: 10 }), fc.double({ min: 4700, max: 5300, noNaN: true }), (legs, spx) => {
        const scenario: PayoffScenario = { legs, realizedCash: 0, valuationDate: '2026-01-05', market: MARKET };
        expect(greekMismatches(scenario, spx, '2026-01-06')).toEqual([]);
      }),
    );
  });

  it('gives expired legs only their intrinsic delta and VIX legs no SPX delta where the floor binds', () => {
    const expired: PositionLeg[] = [{ kind: 'call', underlying: 'SPX', strike: 4900, expiration: '2026-01-02', quantity: 2, multiplier: 100 }];
    expect(positionGreeks({ legs: expired, realizedCash: 0, valuationDate: '2026-01-05', market: MARKET })).toEqual({ deltaPerPoint: 200, gammaPerPoint: 0, thetaPerDay: 0, vegaPerVolPoint: 0 });
    const vixCall: PositionLeg[] = [{ kind: 'call', underlying: 'VIX', strike: 20, expiration: '2026-02-18', quantity: 10, multiplier: 100 }];
    const floored = positionGreeks({ legs: vixCall, realizedCash: 0, valuationDate: '2026-01-05', market: MARKET }, 9000);
    expect(floored.deltaPerPoint).toBe(0);
    expect(floored.gammaPerPoint).toBe(0);
    const live = positionGreeks({ legs: vixCall, realizedCash: 0, valuationDate: '2026-01-05', market: MARKET });
    expect(live.deltaPerPoint).toBeLessThan(0); // long VIX calls gain when SPX falls (β < 0)
    expect(live.vegaPerVolPoint).toBeGreaterThan(0);
  });

  it('rejects a non-positive SPX level', () => {
    expect(() => positionGreeks({ legs: [], realizedCash: 0, valuationDate: '2026-01-05', market: MARKET }, -1)).toThrow(/SPX level must be a positive number/);
  });
});
