import { describe, expect, it } from 'vitest';
import { ivRvSpread } from './vol-spread';

describe('ivRvSpread', () => {
  it('is VIX − 100 × RV20 in vol points', () => {
    expect(ivRvSpread(16.5, 0.12)).toBeCloseTo(4.5, 12);
    expect(ivRvSpread(14, 0.18)).toBeCloseTo(-4, 12);
    expect(() => ivRvSpread(16, -0.1)).toThrow(/rv20 must be zero or a positive number/);
  });
});
