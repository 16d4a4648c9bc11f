import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractsFor, contractsWithin, pctOfCents } from './sizing';

describe('sizing: floor(slot % × risk capital ÷ risk per contract)', () => {
  it('matches hand arithmetic', () => {
    // $100,000 capital, 40% slot = $40,000; max loss (50 − 2.35) × 100 = $4,765 → 8.39 → 8.
    expect(contractsFor(40, 10_000_000, 476_500)).toBe(8);
    // 25% of $100,000 = $25,000 ÷ $5,000 = exactly 5.
    expect(contractsFor(25, 10_000_000, 500_000)).toBe(5);
    // 12.5% of $100,000 = $12,500 ÷ $1,250 = 10.
    expect(contractsFor(12.5, 10_000_000, 125_000)).toBe(10);
    // One cent short of a whole contract rounds down.
    expect(contractsFor(25, 10_000_000, 500_001)).toBe(4);
    // 7% × $100,000 = $7,000 ÷ $700: 0.07 is inexact in binary, the integer path is not.
    expect(contractsFor(7, 10_000_000, 70_000)).toBe(10);
  });

  it('is 0 for a non-positive risk or capital', () => {
    expect(contractsFor(40, 10_000_000, 0)).toBe(0);
    expect(contractsFor(40, 10_000_000, -5)).toBe(0);
    expect(contractsFor(40, 0, 100)).toBe(0);
  });

  it('takes pct of cents rounded down', () => {
    expect(pctOfCents(40, 10_000_000)).toBe(4_000_000);
    expect(pctOfCents(5, 12_345)).toBe(617); // 617.25
  });

  it('fits within a budget', () => {
    expect(contractsWithin(250_000, 15_247)).toBe(16);
    expect(contractsWithin(-1, 100)).toBe(0);
  });

  it('never exceeds the slot budget and one more contract would', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100), fc.integer({ min: 1, max: 1e11 }), fc.integer({ min: 1, max: 1e8 }), (pct, capital, risk) => {
      const n = contractsFor(pct, capital, risk);
      const budgetHundredthsPct = BigInt(Math.round(pct * 100)) * BigInt(capital);
      expect(BigInt(n) * BigInt(risk) * 10_000n <= budgetHundredthsPct).toBe(true);
      expect(BigInt(n + 1) * BigInt(risk) * 10_000n > budgetHundredthsPct).toBe(true);
    }));
  });
});
