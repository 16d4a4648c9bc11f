import { describe, expect, it } from 'vitest';
import { breakEvens, curveExtremes, priceGrid } from './curve-analysis';
import { ironCondor } from './iron-condor';
import { createPayoffModel } from './payoff';
import type { MarketModel, PositionLeg } from './position';

const MARKET: MarketModel = { spxNow: 5000, vixNow: 16, rate: 0.045, dividendYield: 0.013, spxVol: 0.16, vixVol: 0.9, vixBetaPointsPerPct: -0.9 };
const LEGS: PositionLeg[] = [
  { kind: 'put', underlying: 'SPX', strike: 4750, expiration: '2026-02-20', quantity: 1, multiplier: 100 },
  { kind: 'put', underlying: 'SPX', strike: 4800, expiration: '2026-02-20', quantity: -1, multiplier: 100 },
  { kind: 'call', underlying: 'SPX', strike: 5200, expiration: '2026-02-20', quantity: -1, multiplier: 100 },
  { kind: 'call', underlying: 'SPX', strike: 5250, expiration: '2026-02-20', quantity: 1, multiplier: 100 },
];

describe('breakEvens', () => {
  it("finds an iron condor's expiration break-evens K2 − credit and K3 + credit by bisection", () => {
    const model = createPayoffModel({ legs: LEGS, realizedCash: 1225, valuationDate: '2026-02-20', market: MARKET });
    const xs = priceGrid(4000, 6000, 1000);
    const roots = breakEvens(xs, model.curve(xs), model.pnlAt);
    const expected = ironCondor({ putLong: 4750, putShort: 4800, callShort: 5200, callLong: 5250, credit: 12.25 }).breakEvens;
    expect(roots).toHaveLength(2);
    expect(roots[0]).toBeCloseTo(expected[0], 5);
    expect(roots[1]).toBeCloseTo(expected[1], 5);
  });

  it('refines T+0 crossings so the model P&L there is ~0', () => {
    const model = createPayoffModel({ legs: LEGS, realizedCash: 1225, valuationDate: '2026-02-10', market: MARKET });
    const xs = priceGrid(4000, 6000, 200);
    const roots = breakEvens(xs, model.curve(xs), model.pnlAt);
    expect(roots).toHaveLength(2);
    for (const r of roots) expect(Math.abs(model.pnlAt(r))).toBeLessThan(1e-4);
  });

  it('interpolates linearly without a function and reports exact zeros once', () => {
    expect(breakEvens([0, 1, 2], [-1, 1, 3])).toEqual([0.5]);
    expect(breakEvens([0, 1, 2, 3], [-1, 0, 0, 2])).toEqual([1, 2]);
    expect(breakEvens([0, 1, 2], [0, 0, 0])).toEqual([0, 2]);
    expect(breakEvens([0, 1, 2], [1, 2, 3])).toEqual([]);
    expect(breakEvens([], [])).toEqual([]);
  });

  it('rejects mismatched or unsorted grids', () => {
    expect(() => breakEvens([0, 1], [1])).toThrow(/same length/);
    expect(() => breakEvens([0, 0], [1, -1])).toThrow(/strictly increasing/);
    expect(() => breakEvens([0, 1], [1, Number.NaN])).toThrow(/not a finite number/);
  });
});

describe('curveExtremes', () => {
  it('reports max profit and max loss on the range and whether they sit at an edge', () => {
    const model = createPayoffModel({ legs: LEGS, realizedCash: 1225, valuationDate: '2026-02-20', market: MARKET });
    const xs = priceGrid(4000, 6000, 401);
    const e = curveExtremes(xs, model.curve(xs));
    expect(e.maxPnl).toBeCloseTo(1225, 9);
    expect(e.maxAtEdge).toBe(false);
    expect(e.minPnl).toBeCloseTo(-(5000 - 1225), 9);
    expect(e.minPnlAt).toBe(4000);
    expect(e.minAtEdge).toBe(true);
    expect(() => curveExtremes([], [])).toThrow(/grid is empty/);
  });
});

describe('priceGrid', () => {
  it('spans low…high inclusive with even steps', () => {
    const g = priceGrid(4000, 6000, 5);
    expect(g).toEqual([4000, 4500, 5000, 5500, 6000]);
    expect(priceGrid(0.8 * 5123.45, 1.2 * 5123.45, 1000)).toHaveLength(1000);
    expect(() => priceGrid(6000, 4000, 5)).toThrow(/need 0 < low < high/);
    expect(() => priceGrid(4000, 6000, 1)).toThrow(/count must be a whole number ≥ 2/);
  });
});
