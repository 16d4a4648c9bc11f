/**
 * Properties of the engine as a whole: no look-ahead, disabling a rule removes exactly its
 * output, and determinism (same input → same output, whatever the input order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTradingDays } from '../calendar';
import { addDays } from '../dates';
import { RULE_IDS } from '../domain/settings';
import type { LayerDetail } from '../domain/types';
import { evaluateRules } from './evaluate';
import { prepareMarket, type CloseBar } from './market-context';
import { condorLayer } from './testing/layer-builder';
import { rulesInput, tradingDatesEndingOn } from './testing/market-builder';
import { busyScenario } from './testing/scenario';
import type { RulesDecision, RulesEvent, RulesInput, RulesMark } from './types';

const DATES = tradingDatesEndingOn('2026-06-30', 90);

/** Random-walk SPX and VIX closes on DATES. */
const marketArb = fc.record({
  spxSteps: fc.array(fc.integer({ min: -300, max: 300 }), { minLength: DATES.length, maxLength: DATES.length }),
  vixSteps: fc.array(fc.integer({ min: -150, max: 150 }), { minLength: DATES.length, maxLength: DATES.length }),
}).map(({ spxSteps, vixSteps }) => {
  let spx = 600_000;
  let vix = 1_800;
  const spxBars: CloseBar[] = [];
  const vixBars: CloseBar[] = [];
  DATES.forEach((date, i) => {
    spx = Math.max(100_000, spx + 10 * (spxSteps[i] ?? 0));
    vix = Math.min(8_000, Math.max(900, vix + (vixSteps[i] ?? 0)));
    spxBars.push({ date, closeHundredths: spx });
    vixBars.push({ date, closeHundredths: vix });
  });
  return { spxBars, vixBars };
});

const settings = { rsiPeriod: 14, realizedVolWindow: 20 };

/** Layers, marks, decisions and events around asOf, some of them after it. */
function inputAround(asOf: string, markHundredths: number): RulesInput {
  const opened = addDays(asOf, -16);
  const layers: LayerDetail[] = [
    condorLayer({ id: 1, openedOn: addDays(asOf, -40), expiration: addDays(asOf, 10), strikes: [5400, 5450, 6550, 6600], credit: 4, quantity: 2, close: { date: addDays(asOf, 3), price: 1 } }),
    condorLayer({ id: 2, role: 'time-shift', openedOn: opened, expiration: addDays(asOf, 30), strikes: [5300, 5350, 6650, 6715], credit: 3, quantity: 1 }),
    condorLayer({ id: 3, openedOn: addDays(asOf, 1), expiration: addDays(asOf, 46), strikes: [5400, 5450, 6550, 6600], credit: 5 }),
  ];
  const marks: RulesMark[] = [
    { layerId: 2, date: addDays(asOf, -2), priceHundredths: markHundredths },
    { layerId: 2, date: addDays(asOf, 1), priceHundredths: 50 },
    { layerId: 1, date: addDays(asOf, 2), priceHundredths: 10 },
  ];
  const decisions: RulesDecision[] = [
    { ruleId: 'tighten', subject: 'layer-2', decision: 'dismissed', snoozeUntil: null, evaluatedOn: addDays(asOf, 1) },
    { ruleId: 'vix-hedge', subject: 'portfolio', decision: 'snoozed', snoozeUntil: addDays(asOf, 20), evaluatedOn: addDays(asOf, 1) },
  ];
  const windowEnd = addTradingDays(asOf, 2);
  const events: RulesEvent[] = [
    { date: addDays(asOf, -1), kind: 'CPI', note: 'past' },
    { date: addDays(windowEnd, 1), kind: 'FOMC', note: 'beyond the window' },
    { date: addDays(windowEnd, 9), kind: 'PPI', note: 'later' },
  ];
  return rulesInput(asOf, { layers, marks, decisions, events, riskCapitalCents: 3_000_000, settings: { rsiThreshold: 55 } });
}

/** The same input as someone living on asOf would have it: nothing dated after it (events after the window are unknown too). */
function truncated(input: RulesInput): RulesInput {
  const { asOf } = input;
  const windowEnd = addTradingDays(asOf, input.settings.eventGuardTradingDays);
  return {
    ...input,
    layers: input.layers.map((l) => ({ ...l, tickets: l.tickets.filter((t) => t.date <= asOf) })).filter((l) => l.tickets.length > 0),
    marks: input.marks.filter((m) => m.date <= asOf),
    decisions: input.decisions.filter((d) => d.evaluatedOn <= asOf),
    events: input.events.filter((e) => e.date <= windowEnd),
  };
}

describe('no look-ahead', () => {
  it('bars, tickets, marks, decisions and far events after asOf never change the result', () => {
    fc.assert(fc.property(marketArb, fc.integer({ min: 0, max: DATES.length - 1 }), fc.integer({ min: 0, max: 600 }), ({ spxBars, vixBars }, k, mark) => {
      const asOf = DATES[k] ?? '';
      const full = inputAround(asOf, mark);
      const withFuture = evaluateRules(full, prepareMarket(spxBars, vixBars, settings));
      const withoutFuture = evaluateRules(truncated(full), prepareMarket(spxBars.filter((b) => b.date <= asOf), vixBars.filter((b) => b.date <= asOf), settings));
      expect(withFuture).toEqual(withoutFuture);
    }), { numRuns: 60 });
  });
});

describe('disabledRules', () => {
  it('removes exactly the disabled rules’ prompts and unavailable notes, leaving the rest identical', () => {
    const { input, market } = busyScenario();
    const sparse = rulesInput('2026-06-05');
    const thin = prepareMarket([{ date: '2026-06-05', closeHundredths: 600_000 }], [{ date: '2026-06-05', closeHundredths: 1_600 }], settings);
    fc.assert(fc.property(fc.subarray([...RULE_IDS]), fc.boolean(), (disabled, busy) => {
      const [i, m] = busy ? [input, market] : [sparse, thin];
      const all = evaluateRules(i, m);
      const some = evaluateRules({ ...i, settings: { ...i.settings, disabledRules: disabled } }, m);
      expect(some.prompts).toEqual(all.prompts.filter((p) => !disabled.includes(p.rule)));
      expect(some.unavailable).toEqual(all.unavailable.filter((u) => !disabled.includes(u.rule)));
    }));
  });
});

describe('determinism', () => {
  it('gives the same result for the same input, in any input order', () => {
    const { input, market } = busyScenario();
    const first = evaluateRules(input, market);
    expect(evaluateRules(input, market)).toEqual(first);
    fc.assert(fc.property(fc.shuffledSubarray([...input.layers], { minLength: input.layers.length }), (layers) => {
      const events = [...input.events, { date: '2026-06-08', kind: 'FOMC' as const, note: 'x' }, { date: '2026-06-08', kind: 'CPI' as const, note: 'y' }];
      const a = evaluateRules({ ...input, layers, events }, market);
      const b = evaluateRules({ ...input, layers: [...layers].reverse(), events: [...events].reverse(), marks: [...input.marks].reverse() }, market);
      expect(a).toEqual(b);
    }), { numRuns: 20 });
  });
});
