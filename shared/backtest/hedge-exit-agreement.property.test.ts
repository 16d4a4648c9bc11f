/**
 * The app's `hedge-exit` prompt and the backtest's hedge exit agree: on random hedges, VIX
 * levels, RSI values and settings, the rules engine fires (with the same trigger) exactly when
 * the backtest's exit — hedgeExit on the backtest's own mark (valuation.ts layerValueCents) and
 * cost (−net cash, fees included) — closes the hedge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { evaluateRules } from '../rules';
import { hedgeExit } from '../rules/hedge-exit';
import { vixHedgeLayer } from '../rules/testing/layer-builder';
import { flatMarket, rulesInput } from '../rules/testing/market-builder';
import { dayPricer, layerValueCents } from './valuation';

const asOf = '2026-06-16';

describe('hedge-exit prompt vs the backtest exit', () => {
  it('fire on the same hedges with the same trigger', () => {
    const seen = new Map<string | null, number>();
    fc.assert(
      fc.property(
        fc.record({
          longStrike: fc.integer({ min: 10, max: 60 }), width: fc.integer({ min: 1, max: 20 }), debitHundredths: fc.integer({ min: 1, max: 2000 }),
          quantity: fc.integer({ min: 1, max: 20 }), days: fc.integer({ min: 1, max: 120 }), vixHundredths: fc.integer({ min: 900, max: 8000 }),
          rsi: fc.double({ min: 0, max: 100, noNaN: true }), multiple: fc.constantFrom(0, 1.5, 2, 3, 5), exitRsi: fc.constantFrom(0, 40, 50, 60),
          kappa: fc.constantFrom(0, 3),
        }),
        (c) => {
          const settings = { ...DEFAULT_SETTINGS, hedgeTakeProfitMultiple: c.multiple, hedgeExitRsi: c.exitRsi, vixReversionPerYear: c.kappa };
          const hedge = vixHedgeLayer({
            id: 5, openedOn: '2026-05-01', expiration: addDays(asOf, c.days), strikes: [c.longStrike, c.longStrike + c.width], debit: c.debitHundredths / 100, quantity: c.quantity,
          });
          const vix = c.vixHundredths / 100;
          const prompts = evaluateRules({ ...rulesInput(asOf, { layers: [hedge] }), settings }, flatMarket({ last: asOf, vix, rsi: c.rsi })).prompts;
          const app = prompts.find((p) => p.rule === 'hedge-exit')?.inputs.trigger ?? null;
          const pricer = dayPricer({ date: asOf, spx: 6000, vix, vixRsi: c.rsi }, settings);
          const backtest = hedgeExit(settings, layerValueCents(pricer, hedge), Math.max(0, -hedge.netCashCents), c.rsi);
          expect(app).toBe(backtest);
          seen.set(backtest, (seen.get(backtest) ?? 0) + 1);
        },
      ),
      { numRuns: 200 },
    );
    // The inputs reach both triggers and the hold, so the agreement is tested on each.
    expect([...seen.keys()].sort()).toEqual(['hedge-rsi-exit', 'hedge-take-profit', null].sort());
  });
});
