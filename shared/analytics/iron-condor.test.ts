import { describe, expect, it } from 'vitest';
import { ironCondor } from './iron-condor';
import { payoffCurve } from './payoff';
import { pctMaxProfitCaptured } from './profit-capture';
import type { PositionLeg } from './position';

describe('ironCondor', () => {
  it('10-wide wings for a 2.00 credit: max profit $200, max loss $800, margin $1,000', () => {
    // Cboe "Iron Condor" strategy description and Cboe Margin Manual (short iron condor:
    // requirement = the greater spread's width × $100). Same numbers as tastytrade's
    // "credit received ÷ width" examples.
    expect(ironCondor({ putLong: 4890, putShort: 4900, callShort: 5100, callLong: 5110, credit: 2 })).toEqual({
      maxProfit: 200,
      maxLoss: 800,
      breakEvens: [4898, 5102],
      margin: 1000,
    });
  });

  it("Option Alpha's examples: break-evens 93.85/106.15; 5-wide for 1.64 → $336; 6-wide call side for 1.96 → $404", () => {
    // optionalpha.com/learn/iron-condor-break-even-prices and /learn/iron-condor-risk-calculation.
    expect(ironCondor({ putLong: 90, putShort: 95, callShort: 105, callLong: 110, credit: 1.15 }).breakEvens).toEqual([93.85, 106.15]);
    expect(ironCondor({ putLong: 90, putShort: 95, callShort: 105, callLong: 110, credit: 1.64 }).maxLoss).toBeCloseTo(336, 9);
    expect(ironCondor({ putLong: 90, putShort: 95, callShort: 105, callLong: 111, credit: 1.96 }).maxLoss).toBeCloseTo(404, 9);
  });

  it('scales by quantity and multiplier', () => {
    const m = ironCondor({ putLong: 4800, putShort: 4850, callShort: 5150, callLong: 5200, credit: 8.5, quantity: 3, multiplier: 100 });
    expect(m.maxProfit).toBeCloseTo(2550, 9);
    expect(m.maxLoss).toBeCloseTo(12450, 9);
    expect(m.margin).toBe(15000);
  });

  it('agrees with the expiration payoff of the same four legs', () => {
    const c = { putLong: 4800, putShort: 4850, callShort: 5150, callLong: 5225, credit: 7.25, quantity: 2 };
    const m = ironCondor(c);
    const legs: PositionLeg[] = [
      { kind: 'put', underlying: 'SPX', strike: 4800, expiration: '2026-03-20', quantity: 2, multiplier: 100 },
      { kind: 'put', underlying: 'SPX', strike: 4850, expiration: '2026-03-20', quantity: -2, multiplier: 100 },
      { kind: 'call', underlying: 'SPX', strike: 5150, expiration: '2026-03-20', quantity: -2, multiplier: 100 },
      { kind: 'call', underlying: 'SPX', strike: 5225, expiration: '2026-03-20', quantity: 2, multiplier: 100 },
    ];
    const market = { spxNow: 5000, vixNow: 15, rate: 0.04, dividendYield: 0.013, spxVol: 0.15, vixVol: 0.9, vixBetaPointsPerPct: -0.8 };
    const [below, middle, above, ...bes] = payoffCurve({ legs, realizedCash: 7.25 * 100 * 2, valuationDate: '2026-03-20', market }, [4000, 5000, 6000, ...m.breakEvens]);
    expect(middle).toBeCloseTo(m.maxProfit, 9);
    expect(Math.min(below, above)).toBeCloseTo(-m.maxLoss, 9);
    for (const pnl of bes) expect(pnl).toBeCloseTo(0, 9);
  });

  it('rejects unordered strikes and impossible credits', () => {
    expect(() => ironCondor({ putLong: 4900, putShort: 4890, callShort: 5100, callLong: 5110, credit: 2 })).toThrow(/putLong < putShort < callShort < callLong/);
    expect(() => ironCondor({ putLong: 4890, putShort: 4900, callShort: 5100, callLong: 5110, credit: 0 })).toThrow(/credit must be a positive number/);
    expect(() => ironCondor({ putLong: 4890, putShort: 4900, callShort: 5100, callLong: 5110, credit: 10 })).toThrow(/not below the wider wing/);
  });
});

describe('pctMaxProfitCaptured', () => {
  it('is (credit − cost to close) / credit', () => {
    expect(pctMaxProfitCaptured(2, 1)).toBe(0.5);
    expect(pctMaxProfitCaptured(200, 0)).toBe(1);
    expect(pctMaxProfitCaptured(2, 5)).toBe(-1.5);
  });

  it('rejects a non-positive credit', () => {
    expect(() => pctMaxProfitCaptured(0, 1)).toThrow(/creditReceived must be a positive number/);
  });
});
