import { describe, expect, it } from 'vitest';
import { priceOption } from '../analytics';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { expirationFor, openCondorForSlot, proposeCondor, wingOnGrid } from './condor-proposal';
import { pricingEnv, strikeAtDelta, strikeVol } from './pricing';

const env = pricingEnv('2026-06-05', 6000, 16, DEFAULT_SETTINGS);

describe('expirationFor', () => {
  it('with daily expirations (2026) is asOf + DTE, rolled back to a trading day', () => {
    expect(expirationFor('2026-06-05', 45)).toEqual({ date: '2026-07-20', root: 'SPXW' }); // Monday
    expect(expirationFor('2026-05-20', 45)).toEqual({ date: '2026-07-02', root: 'SPXW' }); // Sat 07-04 → Fri 07-03 is a holiday → Thu 07-02
    expect(expirationFor('2026-06-01', 46)).toEqual({ date: '2026-07-17', root: 'SPX' }); // the third Friday: the AM-settled monthly
  });

  it('before the 2005 weeklies is a third-Friday SPX monthly, never closer than minDays', () => {
    // 1997-10-01 + 45 = 11-15 (Sat): latest monthly on or before is 10-17 (16 days) < 22 → first after: 11-21.
    expect(expirationFor('1997-10-01', 45, 22)).toEqual({ date: '1997-11-21', root: 'SPX' });
    // 1997-10-01 + 50 = 11-20: 10-17 too close again → 11-21.
    expect(expirationFor('1997-10-06', 45, 22)).toEqual({ date: '1997-11-21', root: 'SPX' });
    // 1997-10-20 + 45 = 12-04: latest monthly on or before is 11-21 (32 days).
    expect(expirationFor('1997-10-20', 45, 22)).toEqual({ date: '1997-11-21', root: 'SPX' });
  });

  it('2010 (Friday weeklies only): a Friday, SPXW unless the third Friday', () => {
    expect(expirationFor('2010-03-01', 45)).toEqual({ date: '2010-04-09', root: 'SPXW' }); // 04-15 (Thu) → Fri 04-09
  });
});

describe('strikeAtDelta', () => {
  it('finds the strike at the target |delta| on the smile (Black–Scholes at that strike\'s own σ)', () => {
    const years = 45 / 365;
    for (const kind of ['put', 'call'] as const) {
      const k = strikeAtDelta(env, kind, years, 0.16);
      const delta = priceOption({ kind, spot: 6000, strike: k, years, rate: 0.045, vol: strikeVol(env, k, years), dividendYield: 0.013 }).delta;
      expect(Math.abs(delta)).toBeCloseTo(0.16, 8);
      expect(kind === 'put' ? k < 6000 : k > 6000).toBe(true);
    }
  });

  it('prices puts on the rich side of the smile and calls on the cheap side (VIX 16)', () => {
    const years = 45 / 365;
    expect(strikeVol(env, 5400, years)).toBeGreaterThan(0.16);
    expect(strikeVol(env, 6600, years)).toBeLessThan(0.16);
    // The 16-delta call sits closer to spot than the 16-delta put: the smile puts more vol below.
    expect(strikeAtDelta(env, 'call', years, 0.16) - 6000).toBeLessThan(6000 - strikeAtDelta(env, 'put', years, 0.16));
  });
});

describe('proposeCondor', () => {
  const p = proposeCondor(env, DEFAULT_SETTINGS, 45, 5000);

  it('puts strikes on the 5-point grid with short deltas at most the target', () => {
    for (const k of Object.values(p.strikes)) expect(k % 500).toBe(0);
    expect(p.shortPutDelta).toBeLessThanOrEqual(0.16);
    expect(p.shortCallDelta).toBeLessThanOrEqual(0.16);
    expect(p.shortPutDelta).toBeGreaterThan(0.14);
    expect(p.strikes.putShort - p.strikes.putLong).toBe(5000);
    expect(p.strikes.callLong - p.strikes.callShort).toBe(5000);
  });

  it('derives credit, max loss and margin from the same model', () => {
    expect(p.creditHundredths).toBeGreaterThan(0);
    expect(p.maxLossPerContractCents).toBe((5000 - p.creditHundredths) * 100);
    expect(p.marginPerContractCents).toBe(5000 * 100);
    expect(p.riskPerContractCents).toBe(p.maxLossPerContractCents);
  });

  it('rounds wings up to the grid (50 × 1.25 = 62.5 → 65)', () => {
    expect(wingOnGrid(6250)).toBe(6500);
    expect(wingOnGrid(5000)).toBe(5000);
    expect(wingOnGrid(10)).toBe(500);
  });

  it('sizes a slot as floor(slot % × capital ÷ max loss per contract)', () => {
    const s = openCondorForSlot(env, DEFAULT_SETTINGS, 10_000_000, 'base', 0, 45, 5000);
    expect(s.slotPct).toBe(40);
    expect(s.budgetCents).toBe(4_000_000);
    expect(s.quantity).toBe(Math.floor(4_000_000 / s.maxLossPerContractCents));
    const margin = openCondorForSlot(env, { ...DEFAULT_SETTINGS, riskBasis: 'margin' }, 10_000_000, 'base', 0, 45, 5000);
    expect(margin.quantity).toBe(8); // $40,000 ÷ $5,000 margin
    expect(openCondorForSlot(env, DEFAULT_SETTINGS, 10_000_000, 'time-shift', 3, 30, 5000).quantity).toBe(0); // no 4th slot
  });
});

describe('degenerate inputs', () => {
  it('does not throw when a wing would cross zero', () => {
    const tiny = pricingEnv('2026-06-05', 20, 30, DEFAULT_SETTINGS);
    const p = proposeCondor(tiny, DEFAULT_SETTINGS, 45, 5000);
    expect(p.strikes.putLong).toBeLessThanOrEqual(0);
    expect(Number.isFinite(p.creditHundredths)).toBe(true);
  });
});
