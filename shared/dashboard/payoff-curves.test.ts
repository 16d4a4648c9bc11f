import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPayoffModel, type MarketModel, type PositionLeg } from '../analytics';
import { gridFor, payoffCurves } from './payoff-curves';

const ASOF = '2026-05-15';
const MARKET: MarketModel = { spxNow: 5725, vixNow: 15, rate: 0.04, dividendYield: 0.013, spxVol: 0.15, vixVol: 0.9, vixBetaPointsPerPct: -0.8 };

const condorLegs = (shortPut: number, wing: number, width: number, qty: number, expiration: string): PositionLeg[] => [
  { kind: 'put', underlying: 'SPX', strike: shortPut - wing, expiration, quantity: qty, multiplier: 100 },
  { kind: 'put', underlying: 'SPX', strike: shortPut, expiration, quantity: -qty, multiplier: 100 },
  { kind: 'call', underlying: 'SPX', strike: shortPut + width, expiration, quantity: -qty, multiplier: 100 },
  { kind: 'call', underlying: 'SPX', strike: shortPut + width + wing, expiration, quantity: qty, multiplier: 100 },
];

const layer = fc.record({
  shortPut: fc.integer({ min: 1000, max: 1150 }).map((k) => k * 5),
  wing: fc.constantFrom(25, 50, 100),
  width: fc.integer({ min: 40, max: 120 }).map((k) => k * 5),
  qty: fc.integer({ min: 1, max: 10 }),
  days: fc.integer({ min: 1, max: 90 }),
}).map((l) => condorLegs(l.shortPut, l.wing, l.width, l.qty, `2026-${String(5 + Math.floor((14 + l.days) / 30)).padStart(2, '0')}-${String(1 + ((14 + l.days) % 28)).padStart(2, '0')}`));

describe('payoffCurves from per-layer values', () => {
  it('equals the whole position valued at once, on every curve, whatever was valued before (property)', () => {
    fc.assert(fc.property(fc.array(layer, { minLength: 1, maxLength: 6 }), fc.double({ min: -5000, max: 5000, noNaN: true }), fc.integer({ min: -3, max: 8 }), (groups, cash, shift) => {
      const market = { ...MARKET, volShiftPoints: shift };
      const legs = groups.flat();
      const grid = gridFor(legs, market.spxNow, 120);
      const curves = payoffCurves({ legGroups: groups, realizedCash: cash, market, asOf: ASOF, customDate: '2026-06-01', grid });
      expect(curves.length).toBeGreaterThan(0);
      for (const curve of curves) {
        const whole = createPayoffModel({ legs, realizedCash: cash, valuationDate: curve.date, market }).curve(grid);
        curve.pnlDollars.forEach((y, j) => expect(y).toBeCloseTo(whole[j] ?? NaN, 6));
      }
    }), { numRuns: 80 });
  });

  it('a layer whose legs change is valued again; the others are unchanged', () => {
    const a = condorLegs(5500, 50, 400, 2, '2026-06-18');
    const b = condorLegs(5450, 50, 450, 1, '2026-06-26');
    const grid = gridFor([...a, ...b], MARKET.spxNow, 200);
    const before = payoffCurves({ legGroups: [a, b], realizedCash: 0, market: MARKET, asOf: ASOF, customDate: null, grid });
    const closedHalf = condorLegs(5500, 50, 400, 1, '2026-06-18');
    const after = payoffCurves({ legGroups: [closedHalf, b], realizedCash: 0, market: MARKET, asOf: ASOF, customDate: null, grid });
    const expected = createPayoffModel({ legs: [...closedHalf, ...b], realizedCash: 0, valuationDate: ASOF, market: MARKET }).curve(grid);
    after[0]?.pnlDollars.forEach((y, j) => expect(y).toBeCloseTo(expected[j] ?? NaN, 6));
    expect(after[0]?.pnlDollars).not.toEqual(before[0]?.pnlDollars);
  });

  it('an invalid leg is refused with the model’s message, not served from kept values', () => {
    const bad: PositionLeg[] = [{ kind: 'put', underlying: 'SPX', strike: Number.NaN, expiration: '2026-06-18', quantity: 1, multiplier: 100 }];
    expect(() => payoffCurves({ legGroups: [bad], realizedCash: 0, market: MARKET, asOf: ASOF, customDate: null, grid: [5000, 5500, 6000] })).toThrow(/strike/);
  });
});

describe('gridFor (round payoff axis)', () => {
  it('puts every level on a round step from a multiple of it, so axis ticks are round', () => {
    // SPX 7519.12 (close of 2026-05-26), ±12%: 6616.8…8421.4 in at most 241 levels → step 10.
    const grid = gridFor([], 7519.12, 241);
    const round = grid.filter((level) => level !== 7519.12);
    expect(round.length).toBeLessThanOrEqual(241);
    expect((grid[1] ?? 0) - (grid[0] ?? 0)).toBe(10);
    expect(round.every((level) => level % 10 === 0)).toBe(true);
    // The spot is a level of its own, so T+0 "now" is read at SPX itself.
    expect(grid.filter((level) => level === 7519.12)).toHaveLength(1);
    expect(grid.indexOf(7519.12)).toBe(grid.indexOf(7510) + 1);
    expect(grid[0]).toBe(6610);
    expect(grid.at(-1)).toBe(8430);
    expect(grid).toContain(7000);
  });
});

