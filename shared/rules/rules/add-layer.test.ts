import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates';
import type { PortfolioSettings } from '../../domain/settings';
import { evaluateRules } from '../evaluate';
import { marketFromSeries, type MarketContext } from '../market-context';
import { condorLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput, tradingDatesEndingOn } from '../testing/market-builder';
import type { OpenCondorSuggestion, RulesEvent } from '../types';

const asOf = '2026-06-05'; // Friday
const market = flatMarket({ last: asOf });
const layerAged = (days: number, id = 1) => condorLayer({ id, openedOn: addDays(asOf, -days), expiration: '2026-07-17', strikes: [5700, 5750, 6250, 6300], credit: 4, quantity: 3 });

function addLayer(layers = [layerAged(15)], opts: { settings?: Partial<PortfolioSettings>; events?: RulesEvent[]; market?: MarketContext } = {}) {
  const result = evaluateRules(rulesInput(asOf, { layers, settings: opts.settings, events: opts.events }), opts.market ?? market);
  return { prompts: result.prompts.filter((p) => p.rule === 'add-layer'), unavailable: result.unavailable.filter((u) => u.rule === 'add-layer') };
}

function histogramMarket(tail: number[], bars = 60): MarketContext {
  const dates = tradingDatesEndingOn(asOf, bars);
  const histogram = dates.map((_, i) => (i < 33 ? null : i >= bars - tail.length ? (tail[i - (bars - tail.length)] ?? 0) : 1));
  return marketFromSeries({ spx: { dates, closes: dates.map(() => 6000), histogram, realizedVol: dates.map(() => 0.16) }, vix: { dates, closes: dates.map(() => 16), rsi: dates.map(() => 50) } });
}

describe('add-layer: layer age in calendar days from the opening ticket, 15–20 inclusive', () => {
  it.each([[14, false], [15, true], [20, true], [21, false]])('age %i → fires %s', (age, fires) => {
    expect(addLayer([layerAged(age)]).prompts).toHaveLength(fires ? 1 : 0);
  });

  it('reads the newest layer', () => {
    expect(addLayer([layerAged(40, 1), layerAged(16, 2)]).prompts).toHaveLength(1);
    expect(addLayer([layerAged(16, 1), layerAged(5, 2)]).prompts).toHaveLength(0);
  });
});

describe('add-layer conditions', () => {
  it('stops at maxCondorLayers', () => {
    expect(addLayer([layerAged(40, 1), layerAged(30, 2), layerAged(16, 3)]).prompts).toHaveLength(0);
    expect(addLayer([layerAged(40, 1), layerAged(30, 2), layerAged(16, 3)], { settings: { maxCondorLayers: 4, allocationPct: [40, 25, 15, 10] } }).prompts).toHaveLength(1);
  });

  it('is held by a guarded event in the window, even with event-guard disabled', () => {
    const events: RulesEvent[] = [{ date: '2026-06-09', kind: 'FOMC', note: '' }];
    expect(addLayer(undefined, { events }).prompts).toHaveLength(0);
    expect(addLayer(undefined, { events, settings: { disabledRules: ['event-guard'] } }).prompts).toHaveLength(0);
    expect(addLayer(undefined, { events: [{ date: '2026-06-10', kind: 'FOMC', note: '' }] }).prompts).toHaveLength(1);
    expect(addLayer(undefined, { events: [{ date: '2026-06-09', kind: 'GDP', note: '' }] }).prompts).toHaveLength(1);
  });

  it('proposes ~30 DTE, wings 1.25 × the previous wider wing on the grid, the next slot', () => {
    const [prompt] = addLayer([layerAged(40, 1), layerAged(16, 2)]).prompts;
    const s = prompt?.suggestion as OpenCondorSuggestion;
    expect(prompt?.key).toBe('add-layer:after-layer-2');
    expect(s.role).toBe('time-shift');
    expect(s.dte).toBeLessThanOrEqual(31); // the latest listed expiration on or before 30 days, else the next: 31 here (a weekend)
    expect(s.expiration).toBe('2026-07-06'); // 07-05 Sunday → 07-03 holiday → 07-02 is 27 days out, under lateDte + 8 = 29 → the next listed day, Monday 07-06
    expect(s.wingWidthHundredths).toBe(6500); // 50 × 1.25 = 62.5 → 65
    expect(s.slotIndex).toBe(2);
    expect(s.slotPct).toBe(15);
    expect(s.quantity).toBe(Math.floor((0.15 * 10_000_000) / s.maxLossPerContractCents));
  });
});

describe('add-layer MACD filter', () => {
  it('no-recent-cross: any side change among the last 4 histogram values blocks', () => {
    expect(addLayer(undefined, { market: histogramMarket([1, 1, 1, 1]) }).prompts).toHaveLength(1);
    expect(addLayer(undefined, { market: histogramMarket([-1, -2, -1, -0.5]) }).prompts).toHaveLength(1);
    expect(addLayer(undefined, { market: histogramMarket([-1, 1, 1, 1]) }).prompts).toHaveLength(0); // crossed 3 days ago
    expect(addLayer(undefined, { market: histogramMarket([1, 1, 1, -1]) }).prompts).toHaveLength(0); // crossed today
    expect(addLayer(undefined, { market: histogramMarket([-1, 1, 1, 1, 1]) }).prompts).toHaveLength(1); // crossed 4 days ago
    expect(addLayer(undefined, { market: histogramMarket([-1, -1, -1, 0]) }).prompts).toHaveLength(0); // touching 0 from below
  });

  it('histogram: passes at ≥ 0', () => {
    const settings = { macdFilter: 'histogram' as const };
    expect(addLayer(undefined, { settings, market: histogramMarket([0]) }).prompts).toHaveLength(1);
    expect(addLayer(undefined, { settings, market: histogramMarket([-0.0001]) }).prompts).toHaveLength(0);
  });

  it('off: always passes, even without history', () => {
    expect(addLayer(undefined, { settings: { macdFilter: 'off' }, market: histogramMarket([-1, 1]) }).prompts).toHaveLength(1);
  });

  it('does not fire without enough SPX closes, and says how many more', () => {
    const short = flatMarket({ last: asOf, bars: 36 });
    expect(addLayer(undefined, { market: short })).toEqual({ prompts: [], unavailable: [{ rule: 'add-layer', message: 'needs 1 more SPX close for MACD(12,26,9) over 4 days (has 36, needs 37)' }] });
  });
});
