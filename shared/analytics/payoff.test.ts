import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceFuturesOption } from './black-76';
import { priceOption } from './black-scholes';
import { createPayoffModel, payoffCurve } from './payoff';
import { type MarketModel, type PositionLeg, projectVix } from './position';

const MARKET: MarketModel = { spxNow: 5000, vixNow: 16, rate: 0.045, dividendYield: 0.013, spxVol: 0.16, vixVol: 0.9, vixBetaPointsPerPct: -0.9 };
const TODAY = '2026-01-05';

const condor = (expiration: string, k: [number, number, number, number], qty = 1): PositionLeg[] => [
  { kind: 'put', underlying: 'SPX', strike: k[0], expiration, quantity: qty, multiplier: 100 },
  { kind: 'put', underlying: 'SPX', strike: k[1], expiration, quantity: -qty, multiplier: 100 },
  { kind: 'call', underlying: 'SPX', strike: k[2], expiration, quantity: -qty, multiplier: 100 },
  { kind: 'call', underlying: 'SPX', strike: k[3], expiration, quantity: qty, multiplier: 100 },
];

const intrinsic = (leg: PositionLeg, spx: number, market: MarketModel) => {
  const x = leg.underlying === 'VIX' ? projectVix(market, spx) : spx;
  const k = leg.strike ?? 0;
  const v = leg.kind === 'call' ? Math.max(x - k, 0) : leg.kind === 'put' ? Math.max(k - x, 0) : x;
  return v * leg.quantity * leg.multiplier;
};

const legArb: fc.Arbitrary<PositionLeg> = fc.record({
  kind: fc.constantFrom<'call' | 'put'>('call', 'put'),
  underlying: fc.constantFrom<'SPX' | 'VIX'>('SPX', 'SPX', 'VIX'),
  strikeFactor: fc.double({ min: 0.7, max: 1.3, noNaN: true }),
  days: fc.integer({ min: 1, max: 120 }),
  quantity: fc.integer({ min: -10, max: 10 }),
  vol: fc.option(fc.double({ min: 0.05, max: 1.2, noNaN: true }), { nil: undefined }),
}).map((r) => ({
  kind: r.kind,
  underlying: r.underlying,
  strike: Math.round((r.underlying === 'VIX' ? 16 : 5000) * r.strikeFactor),
  expiration: new Date(Date.UTC(2026, 0, 5 + r.days)).toISOString().slice(0, 10),
  quantity: r.quantity,
  multiplier: 100,
  vol: r.vol,
}));

describe('payoffCurve', () => {
  it('at or after the last expiration equals realised cash + Σ intrinsic values', () => {
    fc.assert(
      fc.property(fc.array(legArb, { maxLength: 12 }), fc.double({ min: -5e4, max: 5e4, noNaN: true }), fc.array(fc.double({ min: 2000, max: 8000, noNaN: true }), { minLength: 1, maxLength: 20 }), (legs, cash, prices) => {
        const curve = payoffCurve({ legs, realizedCash: cash, valuationDate: '2026-06-30', market: MARKET }, prices);
        prices.forEach((s, i) => {
          const expected = cash + legs.reduce((sum, leg) => sum + intrinsic(leg, s, MARKET), 0);
          expect(curve[i]).toBeCloseTo(expected, 6);
        });
      }),
    );
  });

  it('T+0 converges to the expiration curve as the valuation date approaches expiration', () => {
    // Time value of a European option ≤ X·σ√T/√(2π) + carry terms X|q|T + K|r|T, which → 0 with T.
    fc.assert(
      fc.property(fc.array(legArb, { minLength: 1, maxLength: 8 }), (raw) => {
        const legs = raw.map((l) => ({ ...l, expiration: '2026-02-20' }));
        const prices = [4000, 4600, 4900, 5000, 5100, 5400, 6000];
        const atExpiry = payoffCurve({ legs, realizedCash: 0, valuationDate: '2026-02-20', market: MARKET }, prices);
        for (const date of ['2026-01-21', '2026-02-10', '2026-02-17', '2026-02-19']) {
          const years = (Date.parse('2026-02-20') - Date.parse(date)) / 86_400_000 / 365;
          const curve = payoffCurve({ legs, realizedCash: 0, valuationDate: date, market: MARKET }, prices);
          const gap = Math.max(...curve.map((v, i) => Math.abs(v - atExpiry[i])));
          const bound = Math.max(
            ...prices.map((s) =>
              legs.reduce((sum, leg) => {
                const x = leg.underlying === 'VIX' ? projectVix(MARKET, s) : s;
                const vol = leg.vol ?? (leg.underlying === 'VIX' ? MARKET.vixVol : MARKET.spxVol);
                const carry = (leg.underlying === 'VIX' ? MARKET.rate : MARKET.dividendYield) * x + MARKET.rate * (leg.strike ?? 0);
                return sum + Math.abs(leg.quantity * leg.multiplier) * (x * vol * Math.sqrt(years) * 0.4 + carry * years);
              }, 0),
            ),
          );
          expect(gap).toBeLessThanOrEqual(bound + 1e-9);
        }
      }),
    );
  });

  it('agrees with priceOption / priceFuturesOption leg by leg to ~1e-12 of the notional (fast CDF path and cut-offs)', () => {
    fc.assert(
      fc.property(fc.array(legArb, { minLength: 1, maxLength: 6 }), fc.array(fc.double({ min: 2500, max: 9000, noNaN: true }), { minLength: 1, maxLength: 10 }), (legs, prices) => {
        const curve = payoffCurve({ legs, realizedCash: 0, valuationDate: TODAY, market: MARKET }, prices);
        prices.forEach((s, i) => {
          let expected = 0;
          let notional = 0;
          for (const leg of legs) {
            const years = (Date.parse(leg.expiration ?? TODAY) - Date.parse(TODAY)) / 86_400_000 / 365;
            const kind = leg.kind === 'put' ? 'put' : 'call';
            const strike = leg.strike ?? 1;
            const value =
              leg.underlying === 'VIX'
                ? priceFuturesOption({ kind, forward: projectVix(MARKET, s), strike, years, rate: MARKET.rate, vol: leg.vol ?? MARKET.vixVol }).price
                : priceOption({ kind, spot: s, strike, years, rate: MARKET.rate, dividendYield: MARKET.dividendYield, vol: leg.vol ?? MARKET.spxVol }).price;
            expected += leg.quantity * leg.multiplier * value;
            notional += Math.abs(leg.quantity * leg.multiplier) * (leg.underlying === 'VIX' ? 100 : s);
          }
          expect(Math.abs(curve[i] - expected)).toBeLessThanOrEqual(1e-12 * notional + 1e-9);
        });
      }),
    );
  });

  it('prices live SPX legs with BSM (T = days/365) and VIX legs with Black-76 on the projected VIX', () => {
    const legs: PositionLeg[] = [
      { kind: 'put', underlying: 'SPX', strike: 4800, expiration: '2026-02-20', quantity: -2, multiplier: 100 },
      { kind: 'call', underlying: 'VIX', strike: 20, expiration: '2026-02-18', quantity: 10, multiplier: 100, vol: 1.1 },
    ];
    const s = 4700;
    const vix = 16 + -0.9 * 100 * (4700 / 5000 - 1); // 21.4
    expect(projectVix(MARKET, s)).toBeCloseTo(vix, 12);
    const spxPut = priceOption({ kind: 'put', spot: s, strike: 4800, years: 46 / 365, rate: 0.045, dividendYield: 0.013, vol: 0.16 }).price;
    const vixCall = priceFuturesOption({ kind: 'call', forward: vix, strike: 20, years: 44 / 365, rate: 0.045, vol: 1.1 }).price;
    const pnl = createPayoffModel({ legs, realizedCash: 1234, valuationDate: TODAY, market: MARKET }).pnlAt(s);
    expect(pnl).toBeCloseTo(1234 - 200 * spxPut + 1000 * vixCall, 8);
  });

  it('applies the vol shift to SPX σ and, by default, to the VIX level; floors the VIX', () => {
    const put: PositionLeg[] = [{ kind: 'put', underlying: 'SPX', strike: 5000, expiration: '2026-02-04', quantity: 1, multiplier: 100 }];
    const shifted = payoffCurve({ legs: put, realizedCash: 0, valuationDate: TODAY, market: { ...MARKET, volShiftPoints: 5 } }, [5000])[0];
    expect(shifted).toBeCloseTo(100 * priceOption({ kind: 'put', spot: 5000, strike: 5000, years: 30 / 365, rate: 0.045, dividendYield: 0.013, vol: 0.21 }).price, 8);
    expect(projectVix({ ...MARKET, volShiftPoints: 5 }, 5000)).toBe(21);
    expect(projectVix({ ...MARKET, volShiftPoints: 5, volShiftMovesVix: false }, 5000)).toBe(16);
    expect(projectVix(MARKET, 10_000)).toBe(1);
    expect(projectVix({ ...MARKET, vixFloor: 8 }, 10_000)).toBe(8);
    const crushed = payoffCurve({ legs: put, realizedCash: 0, valuationDate: TODAY, market: { ...MARKET, volShiftPoints: -50 } }, [4000, 6000]);
    expect(crushed[0]).toBeCloseTo(100 * (5000 * Math.exp(-0.045 * 30 / 365) - 4000 * Math.exp(-0.013 * 30 / 365)), 6);
    expect(crushed[1]).toBe(0);
  });

  it('values futures and shares linearly (SPX futures with carry) and merges offsetting legs', () => {
    const legs: PositionLeg[] = [
      { kind: 'future', underlying: 'SPX', expiration: '2027-01-05', quantity: 1, multiplier: 50 },
      { kind: 'future', underlying: 'VIX', expiration: '2026-02-18', quantity: -1, multiplier: 1000 },
      { kind: 'share', underlying: 'SPX', quantity: 10, multiplier: 0.1 },
      ...condor('2026-02-20', [4800, 4900, 5100, 5200]),
      ...condor('2026-02-20', [4800, 4900, 5100, 5200], -1),
    ];
    const pnl = createPayoffModel({ legs, realizedCash: -250_000, valuationDate: TODAY, market: MARKET }).pnlAt(5100);
    const expected = -250_000 + 50 * 5100 * Math.exp((0.045 - 0.013) * 365 / 365) - 1000 * projectVix(MARKET, 5100) + 5100;
    expect(pnl).toBeCloseTo(expected, 6);
  });

  it('matches a doubled quantity when a leg is entered twice', () => {
    const once = payoffCurve({ legs: condor('2026-02-20', [4800, 4900, 5100, 5200], 2), realizedCash: 0, valuationDate: TODAY, market: MARKET }, [4700, 5000, 5300]);
    const twice = payoffCurve({ legs: [...condor('2026-02-20', [4800, 4900, 5100, 5200]), ...condor('2026-02-20', [4800, 4900, 5100, 5200])], realizedCash: 0, valuationDate: TODAY, market: MARKET }, [4700, 5000, 5300]);
    twice.forEach((v, i) => expect(v).toBeCloseTo(once[i], 9));
  });

  it('rejects invalid legs, dates, market settings and SPX levels with readable messages', () => {
    const scenario = { legs: condor('2026-02-20', [4800, 4900, 5100, 5200]), realizedCash: 0, valuationDate: TODAY, market: MARKET };
    expect(() => payoffCurve({ ...scenario, legs: [{ kind: 'call', underlying: 'SPX', expiration: '2026-02-20', quantity: 1, multiplier: 100 }] }, [5000])).toThrow(/legs\[0\] is an option and needs a strike/);
    expect(() => payoffCurve({ ...scenario, legs: [{ kind: 'put', underlying: 'SPX', strike: -5, expiration: '2026-02-20', quantity: 1, multiplier: 100 }] }, [5000])).toThrow(/legs\[0\]\.strike must be a positive number/);
    expect(() => payoffCurve({ ...scenario, legs: [{ kind: 'put', underlying: 'SPX', strike: 5000, expiration: '2026-13-20', quantity: 1, multiplier: 100 }] }, [5000])).toThrow(/not a calendar date/);
    expect(() => payoffCurve({ ...scenario, valuationDate: 'today' }, [5000])).toThrow(/date must be YYYY-MM-DD/);
    expect(() => payoffCurve({ ...scenario, market: { ...MARKET, spxNow: 0 } }, [5000])).toThrow(/market\.spxNow must be a positive number/);
    expect(() => payoffCurve(scenario, [5000, 0])).toThrow(/SPX level must be a positive number \(got 0\)/);
  });
});
