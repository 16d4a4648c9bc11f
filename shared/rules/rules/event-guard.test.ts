import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { HoldNewLayersSuggestion, RulesEvent } from '../types';

function guard(asOf: string, events: RulesEvent[], settings = {}) {
  const result = evaluateRules(rulesInput(asOf, { events, settings }), flatMarket({ last: asOf }));
  return result.prompts.filter((p) => p.rule === 'event-guard');
}
const cpi = (date: string): RulesEvent => ({ date, kind: 'CPI', note: 'CPI' });

describe('event-guard: a guarded event on asOf or within the next 2 trading days', () => {
  it('across a weekend: Thursday → Monday is 2 trading days (fires), Tuesday is 3 (does not)', () => {
    expect(guard('2026-06-04', [cpi('2026-06-08')])).toHaveLength(1);
    expect(guard('2026-06-04', [cpi('2026-06-09')])).toEqual([]);
  });

  it('across a holiday: Wednesday before Good Friday → Monday is 2, Tuesday is 3', () => {
    expect(guard('2026-04-01', [cpi('2026-04-06')])[0]?.inputs).toMatchObject({ firstEventDate: '2026-04-06' });
    expect(guard('2026-04-01', [cpi('2026-04-07')])).toEqual([]);
  });

  it('counts an event on asOf itself, not one the day before', () => {
    const [prompt] = guard('2026-06-05', [cpi('2026-06-05')]);
    expect((prompt?.suggestion as HoldNewLayersSuggestion).events[0]?.tradingDaysAway).toBe(0);
    expect(prompt?.explanation).toContain('(today)');
    expect(guard('2026-06-05', [cpi('2026-06-04')])).toEqual([]);
  });

  it('guards only the configured kinds and window', () => {
    expect(guard('2026-06-05', [{ date: '2026-06-08', kind: 'NFP', note: '' }])).toEqual([]);
    expect(guard('2026-06-05', [{ date: '2026-06-08', kind: 'NFP', note: '' }], { guardedEventKinds: ['NFP'] })).toHaveLength(1);
    expect(guard('2026-06-05', [cpi('2026-06-08')], { eventGuardTradingDays: 0 })).toEqual([]);
    expect(guard('2026-06-05', [cpi('2026-06-10')], { eventGuardTradingDays: 3 })).toHaveLength(1);
  });

  it('lists every event in the window and holds until the trading day after the last', () => {
    const [prompt] = guard('2026-06-04', [{ date: '2026-06-08', kind: 'FOMC', note: 'day 1' }, cpi('2026-06-05')]);
    const s = prompt?.suggestion as HoldNewLayersSuggestion;
    expect(prompt?.key).toBe('event-guard:event-2026-06-05');
    expect(s.events.map((e) => [e.date, e.kind, e.tradingDaysAway])).toEqual([['2026-06-05', 'CPI', 1], ['2026-06-08', 'FOMC', 2]]);
    expect(s.holdUntil).toBe('2026-06-09');
  });
});
