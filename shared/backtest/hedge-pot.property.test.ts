/**
 * Properties of whole backtests on random SPX/VIX paths (fast-check picks the seed, the span and
 * the pot settings): the hedge pot invariant on every day, and instruments only as Cboe listed them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isListedSpxExpiration, isSpxMonthly, VIX_OPTIONS_FROM } from '../calendar';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { potShareCents } from '../rules/hedge-pot';
import { runBacktest } from './run-backtest';
import { randomBars } from './testing/series';
import type { Fill } from './types';

/** Cumulative hedge debits and premium share collected after each fill day of one strategy. */
function potLedger(fills: readonly Fill[], sharePct: number): { date: string; spent: number; collected: number }[] {
  const out: { date: string; spent: number; collected: number }[] = [];
  let spent = 0;
  let collected = 0;
  for (const f of fills) {
    if (f.action === 'open' && f.role === 'hedge') spent -= f.cashCents;
    if (f.action === 'open' && f.role !== 'hedge') {
      collected += potShareCents({ hedgePotSharePct: sharePct, hedgeBudgetPct: 5 }, f.netPriceHundredths * 100 * f.quantity);
    }
    const last = out[out.length - 1];
    if (last !== undefined && last.date === f.date) Object.assign(last, { spent, collected });
    else out.push({ date: f.date, spent, collected });
  }
  return out;
}

describe('hedge pot on random backtests', () => {
  it('cumulative hedge debits (fees included) never exceed the premium share collected, on any day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 120, max: 400 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }),
        (seed, count, sharePct, capPct) => {
          const bars = randomBars(seed, '2024-06-28', count + 60);
          const from = bars.spx[60]?.date ?? '2024-01-02';
          const settings = { ...DEFAULT_SETTINGS, hedgePotSharePct: sharePct, hedgeBudgetPct: capPct, rsiThreshold: 55 };
          const alvh = runBacktest({ ...bars, from, to: '2024-06-28', settings, options: { baselines: false } }).strategies[0];
          for (const day of potLedger(alvh?.fills ?? [], sharePct)) expect(day.spent).toBeLessThanOrEqual(day.collected);
          const pot = alvh?.hedgePot;
          expect(pot === null || pot === undefined ? true : pot.spentCents <= pot.collectedCents && pot.potCents >= 0).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
  });
});

/** Asserts every leg of `f` was listed on the fill's day: VIX options from 2006-02-24, SPX on monthlies, SPXW weeklies from 2005-11-04. */
function expectListedLegs(f: Fill): void {
  for (const leg of f.legs) {
    if (leg.underlying === 'VIX') expect(f.date >= VIX_OPTIONS_FROM).toBe(true);
    if (leg.underlying === 'SPX') expect(isSpxMonthly(leg.expiration)).toBe(true);
    if (leg.underlying === 'SPXW') expect(leg.expiration >= '2005-11-04' && isListedSpxExpiration(leg.expiration) && !isSpxMonthly(leg.expiration)).toBe(true);
  }
}

describe('instruments only as they were listed', () => {
  it('across the 2005 weeklies and 2006 VIX option launches: no SPXW weekly before 2005-11-04, no VIX option before 2006-02-24, SPX legs on monthlies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const bars = randomBars(seed, '2006-09-29', 420);
        const result = runBacktest({ ...bars, from: bars.spx[60]?.date ?? '2005-01-03', to: '2006-09-29', settings: { ...DEFAULT_SETTINGS, rsiThreshold: 55 }, options: { baselines: true } });
        for (const s of result.strategies) for (const f of s.fills) expectListedLegs(f);
        const alvh = result.strategies[0];
        if ((alvh?.ruleFired['vix-hedge'] ?? 0) > 0 && (alvh?.fills.some((f) => f.date < VIX_OPTIONS_FROM) ?? false)) expect(alvh?.notes.join(' ')).toMatch(/first listed on 2006-02-24/);
      }),
      { numRuns: 6 },
    );
  });
});

describe('the pot invariant is not vacuous', () => {
  it('a random path with VIX spikes buys hedges from the pot', () => {
    let hedges = 0;
    for (let seed = 1; seed <= 6 && hedges === 0; seed += 1) {
      const bars = randomBars(seed, '2024-06-28', 460);
      const alvh = runBacktest({ ...bars, from: bars.spx[60]?.date ?? '2023-01-03', to: '2024-06-28', settings: { ...DEFAULT_SETTINGS, rsiThreshold: 55 }, options: { baselines: false } }).strategies[0];
      hedges += alvh?.fills.filter((f) => f.role === 'hedge' && f.action === 'open').length ?? 0;
    }
    expect(hedges).toBeGreaterThan(0);
  });
});
