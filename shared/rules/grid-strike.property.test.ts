/** The early-stopping grid strike search gives exactly the 60-step bisection's strike, rounded as proposals round it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { STRIKE_GRID_HUNDREDTHS } from './condor-proposal';
import { gridStrikeAtDelta, pricingEnv, strikeAtDelta } from './pricing';

describe('gridStrikeAtDelta', () => {
  it('equals floor (puts) / ceil (calls) of strikeAtDelta on the 5-point grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 9000 }), fc.double({ min: 9, max: 80, noNaN: true }),
        fc.integer({ min: 1, max: 120 }), fc.double({ min: 0.02, max: 0.45, noNaN: true }),
        (spot, vix, days, target) => {
          const env = pricingEnv('2026-06-05', spot, vix, DEFAULT_SETTINGS);
          const years = days / 365;
          const grid = STRIKE_GRID_HUNDREDTHS;
          expect(gridStrikeAtDelta(env, 'put', years, target, grid)).toBe(Math.floor((strikeAtDelta(env, 'put', years, target) * 100) / grid) * grid);
          expect(gridStrikeAtDelta(env, 'call', years, target, grid)).toBe(Math.ceil((strikeAtDelta(env, 'call', years, target) * 100) / grid) * grid);
        },
      ),
      { numRuns: 150 },
    );
  });
});
