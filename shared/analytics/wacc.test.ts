import { describe, expect, it } from 'vitest';
import { fundMargin, irrMinusWacc, wacc } from './wacc';

describe('wacc', () => {
  it('weights each rate by capital × days (ALVH.md "WACC in options terms")', () => {
    // 10,000 own cash for 30 days at 4% and 5,000 margin loan for 60 days at 8%:
    // (10000·30·0.04 + 5000·60·0.08) / (10000·30 + 5000·60) = (12000 + 24000) / 600000 = 6%.
    expect(wacc([
      { label: 'own cash', capital: 10_000, days: 30, rate: 0.04 },
      { label: 'margin loan', capital: 5_000, days: 60, rate: 0.08 },
    ])).toBeCloseTo(0.06, 15);
  });

  it('splits a layer margin across funding shares', () => {
    const sources = fundMargin(8000, 45, [
      { label: 'own cash', share: 0.75, rate: 0.045 },
      { label: 'recycled premium', share: 0.25, rate: 0 },
    ]);
    expect(sources).toEqual([
      { label: 'own cash', capital: 6000, days: 45, rate: 0.045 },
      { label: 'recycled premium', capital: 2000, days: 45, rate: 0 },
    ]);
    expect(wacc(sources)).toBeCloseTo(0.03375, 15);
    expect(() => fundMargin(8000, 45, [{ label: 'own cash', share: 0.5, rate: 0.04 }])).toThrow(/must sum to 1/);
  });

  it('is undefined without committed capital and subtracts from the IRR', () => {
    expect(() => wacc([])).toThrow(/no capital was committed/);
    expect(() => wacc([{ capital: 100, days: -1, rate: 0.05 }])).toThrow(/days must be zero or a positive number/);
    expect(irrMinusWacc(0.18, 0.06)).toBeCloseTo(0.12, 15);
  });
});
