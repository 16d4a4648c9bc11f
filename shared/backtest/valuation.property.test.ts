/**
 * A long call spread can be worth neither less than 0 nor more than its width (discounted: the
 * width paid at expiry is worth width × e^(−rT) today, which exceeds the width only when r < 0,
 * and the settings allow r down to −5%). Checked on the model value the simulator marks and
 * settles with, over every input it can produce: any VIX close (the engine drops closes ≤ 0, but
 * the pricer must not throw or go negative on one), before, on and after expiration (T → 0),
 * vol of vol down to 0, any rate the settings allow, any size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { DEFAULT_BACKTEST_OPTIONS } from './backtest-defaults';
import { executionCosts, openLayer, settleExpired, vixCallSpreadLegs } from './execution';
import { LayerBook } from './layer-book';
import { dayPricer, layerValueCents, vixOptionPoints } from './valuation';

const vixLevel = fc.oneof(
  fc.double({ min: 0.01, max: 1000, noNaN: true }),
  fc.constantFrom(0, -0, -1, -50, 1e-9, 1e-300, 9.3, 82.69),
  fc.double({ min: -100, max: 0, noNaN: true }),
);
const years = fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), fc.constantFrom(0, 1e-12, 1 / 365, -1 / 365, 1 / (365 * 24 * 60)));
const vol = fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constantFrom(0, 1e-12, 0.9));
const rate = fc.double({ min: -0.05, max: 0.5, noNaN: true });
/** Any VIX forward curve the settings allow (θ 1–100 points, κ 0–50 a year), κ = 0 often. */
const curve = fc.record({ longRunMean: fc.double({ min: 1, max: 100, noNaN: true }), reversionPerYear: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })) });

/** Upper bound of one spread unit, points: the width, discounted when the rate is negative. */
const cap = (width: number, r: number, t: number) => width * Math.max(1, Math.exp(-r * Math.max(0, t)));

describe('VIX call spread model value (Black-76 on the model VIX forward)', () => {
  it('lies in [0, width × max(1, e^(−rT))] per unit, and in [0, width] when r ≥ 0, never NaN, on any forward curve', () => {
    fc.assert(
      fc.property(vixLevel, fc.double({ min: 0.5, max: 300, noNaN: true }), fc.double({ min: 0.5, max: 50, noNaN: true }), years, vol, rate, curve, (f, k, width, t, sigma, r, c) => {
        const spread = vixOptionPoints('call', f, k, t, r, sigma, c) - vixOptionPoints('call', f, k + width, t, r, sigma, c);
        expect(Number.isFinite(spread)).toBe(true);
        const slack = 1e-9 * Math.max(1, Math.abs(f), k + width);
        expect(spread).toBeGreaterThanOrEqual(-slack);
        expect(spread).toBeLessThanOrEqual(cap(width, r, t) + slack);
        if (r >= 0) expect(spread).toBeLessThanOrEqual(width + slack);
      }),
      { numRuns: 3000 },
    );
  });

  it('is intrinsic on the spot VIX at and after expiration (whatever the curve), and a call is worthless when the VIX is ≤ 0', () => {
    fc.assert(
      fc.property(vixLevel, fc.double({ min: 0.5, max: 300, noNaN: true }), fc.constantFrom(0, -1 / 365, -1), vol, rate, curve, (f, k, t, sigma, r, c) => {
        expect(vixOptionPoints('call', f, k, t, r, sigma, c)).toBeCloseTo(Math.max(0, f - k), 9);
      }),
    );
    expect(vixOptionPoints('call', -5, 20, 0.1, 0.045)).toBe(0);
    expect(vixOptionPoints('call', 0, 20, 0.1, 0.045)).toBe(0);
  });

  it('a simulated hedge layer marks and settles within [0, width × 100 × contracts]', () => {
    const openDay = '2026-01-05';
    const costs = executionCosts(DEFAULT_SETTINGS, DEFAULT_BACKTEST_OPTIONS);
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 90, noNaN: true }), // VIX on the opening day
        fc.integer({ min: 1, max: 500 }), // contracts
        fc.integer({ min: 1, max: 30 }), // strike width, points
        fc.integer({ min: 0, max: 60 }), // expiration, days after the opening
        fc.integer({ min: 0, max: 90 }), // mark day, days after the opening (before, on, after expiration)
        vixLevel,
        fc.double({ min: 0, max: 50, noNaN: true }), // riskFreeRatePct ≥ 0: the bound is the plain width
        (vixOpen, contracts, width, expiresIn, markIn, vixMark, ratePct) => {
          const settings = { ...DEFAULT_SETTINGS, riskFreeRatePct: ratePct };
          const book = new LayerBook();
          const expiration = addDays(openDay, expiresIn);
          const longStrike = Math.ceil(vixOpen * 1.1) * 100;
          const layer = openLayer(book, dayPricer({ date: openDay, spx: 4000, vix: vixOpen }, settings), costs, { role: 'hedge', specs: vixCallSpreadLegs(longStrike, longStrike + width * 100, expiration), quantity: contracts, reason: 'test', credit: false });
          if (layer === null) throw new Error('hedge not opened');
          const debitCents = -book.cashCents;
          expect(debitCents).toBeGreaterThan(0); // a long spread is paid for (mid + 2 × 0.02 slippage + fees)
          const maxCents = width * 100 * contracts * 100;
          const pricer = dayPricer({ date: addDays(openDay, markIn), spx: 4000, vix: Math.max(vixMark, 0.01) }, settings);
          const at = { ...pricer, day: { ...pricer.day, vix: vixMark } }; // the VIX leg reads day.vix: let it be ≤ 0 too
          const mark = layerValueCents(at, layer);
          expect(Number.isFinite(mark)).toBe(true);
          expect(mark).toBeGreaterThanOrEqual(0);
          expect(mark).toBeLessThanOrEqual(maxCents);
          // Settlement (on or after the expiration) pays intrinsic: 0 … the full width, never a debit.
          const before = book.cashCents;
          settleExpired(book, at);
          const settled = book.cashCents - before;
          if (at.day.date >= expiration) {
            expect(settled).toBeGreaterThanOrEqual(0);
            expect(settled).toBeLessThanOrEqual(maxCents);
            expect(book.open()).toEqual([]);
          } else expect(settled).toBe(0);
          // Whatever happens, the hedge can lose at most what was paid for it.
          expect(book.cashCents + (book.open().length > 0 ? mark : 0)).toBeGreaterThanOrEqual(-debitCents);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
