import { describe, expect, it } from 'vitest';
import { normCdf } from './normal';
import { probabilityOfProfit } from './probability';

describe('probabilityOfProfit', () => {
  it('is N(d(lower)) − N(d(upper)) under the lognormal model', () => {
    const o = { spot: 5000, lower: 4800, upper: 5200, years: 30 / 365, vol: 0.16, rate: 0.045, dividendYield: 0.013 };
    const sd = 0.16 * Math.sqrt(30 / 365);
    const mu = (0.045 - 0.013 - 0.5 * 0.16 ** 2) * (30 / 365);
    const expected = normCdf((Math.log(5200 / 5000) - mu) / sd) - normCdf((Math.log(4800 / 5000) - mu) / sd);
    expect(probabilityOfProfit(o)).toBeCloseTo(expected, 14);
  });

  it('is ≈ 68.27% for ±1σ in log space with zero drift correction', () => {
    // ln S_T ~ N(ln S − σ²T/2, σ²T): centre the range on the median to get the textbook 68.27%.
    const sd = 0.2;
    const median = 100 * Math.exp(-0.5 * sd * sd);
    const p = probabilityOfProfit({ spot: 100, lower: median * Math.exp(-sd), upper: median * Math.exp(sd), years: 1, vol: 0.2 });
    expect(p).toBeCloseTo(0.6826894921370859, 12);
  });

  it('handles open-ended ranges and the deterministic limit', () => {
    expect(probabilityOfProfit({ spot: 100, lower: 0, upper: Infinity, years: 1, vol: 0.3 })).toBe(1);
    expect(probabilityOfProfit({ spot: 100, lower: 90, upper: 110, years: 0, vol: 0.3 })).toBe(1);
    expect(probabilityOfProfit({ spot: 100, lower: 90, upper: 95, years: 0, vol: 0.3 })).toBe(0);
    expect(() => probabilityOfProfit({ spot: 100, lower: 110, upper: 90, years: 1, vol: 0.3 })).toThrow(/upper \(90\) must be above lower \(110\)/);
    expect(() => probabilityOfProfit({ spot: 0, lower: 90, upper: 110, years: 1, vol: 0.3 })).toThrow(/spot must be a positive number/);
  });
});
