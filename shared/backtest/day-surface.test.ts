/**
 * The backtest's per-day smile is the app's surface with θ₃₀ read from a table: its own model
 * strip must still reproduce the VIX close, and its vols must be the app surface's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceOnSurface, ssviTotalVariance, stripVix } from '../analytics';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { deltaOnSmile, pricingEnv, valueOption } from '../rules/pricing';
import { surfaceFor } from '../rules/smile';
import { DaySurfaces } from './day-surface';

const table = new DaySurfaces(DEFAULT_SETTINGS);

describe('DaySurfaces', () => {
  it('pins the model strip to the VIX within 0.1 vol point at any spot 300–8,000 and VIX 9–80 (worst seen on a grid: 0.09 at SPX 300, VIX 73)', () => {
    fc.assert(
      fc.property(fc.double({ min: 300, max: 8000, noNaN: true }), fc.double({ min: 9, max: 80, noNaN: true }), (spot, vix) => {
        const s = table.surface(spot, vix);
        expect(Math.abs(stripVix(s.market, s.theta30) - vix)).toBeLessThan(0.1);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the exact surface\'s vols for the same θ₃₀ (same SSVI, same term structure)', () => {
    const exact = surfaceFor(5000, 22, DEFAULT_SETTINGS);
    const fast = table.surface(5000, 22);
    expect(fast.theta30 / exact.theta30).toBeCloseTo(1, 3);
    for (const [k, years] of [[4500, 45 / 365], [5300, 30 / 365], [4000, 0.5]] as const) {
      const w = ssviTotalVariance(Math.log(k / fast.forward(years)), fast.atmTotalVariance(years), fast.market.shape);
      expect(fast.vol(k, years)).toBeCloseTo(Math.sqrt(w / years), 12);
      expect(fast.vol(k, years) / exact.vol(k, years)).toBeCloseTo(1, 3);
    }
  });

  it('prices a 2026-style 45-DTE condor on the smile: OTM calls below the VIX level, puts above', () => {
    const s = table.surface(7519.12, 17.01);
    const years = 45 / 365;
    expect(s.vol(7900, years)).toBeLessThan(0.1701);
    expect(s.vol(7100, years)).toBeGreaterThan(0.1701);
    const put = priceOnSurface(s, 'put', 7100, years).price;
    expect(put).toBeGreaterThan(0);
  });
});

describe('deltaOnSmile', () => {
  it('equals valueOption\'s delta (the strike search uses it)', () => {
    const env = pricingEnv('2026-06-05', 6000, 18, DEFAULT_SETTINGS, table.surface(6000, 18));
    for (const kind of ['put', 'call'] as const) {
      for (const k of [5000, 5600, 6000, 6400, 7000]) expect(deltaOnSmile(env, kind, k, 40 / 365)).toBeCloseTo(valueOption(env, kind, k, 40 / 365).delta, 12);
    }
  });
});
