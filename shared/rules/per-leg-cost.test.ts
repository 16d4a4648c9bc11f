/**
 * One valuation everywhere: a layer anchored per leg (its opening ticket carries each
 * leg's own fill) has the same model cost to close in the rules as on the dashboard, on a later
 * day with SPX and VIX moved — and a different one from the layer-level (net) anchor.
 */
import { describe, expect, it } from 'vitest';
import { priceOnSurface } from '../analytics';
import { addDays } from '../dates';
import { computeDashboard } from '../dashboard/compute-dashboard';
import { condorLayer } from '../dashboard/testing/condor-layer';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { MarketBar } from '../domain/types';
import { prepareMarket } from './market-context';
import { buildContext } from './rule-context';
import { surfaceFor } from './smile';
import { rulesInput } from './testing/market-builder';

const OPENED = '2026-05-26';
const LATER = '2026-06-09';
/** SPX 7519.12 / VIX 17.01 until the opening date, then 7450.00 / 19.50 (daily). */
function bars(symbol: 'SPX' | 'VIX'): MarketBar[] {
  return Array.from({ length: 60 }, (_, i) => addDays('2026-04-20', i)).filter((d) => d <= LATER).map((date) => ({
    symbol, date, openHundredths: null,
    closeHundredths: symbol === 'SPX' ? (date <= OPENED ? 751_912 : 745_000) : (date <= OPENED ? 1_701 : 1_950),
  }));
}

describe('rules and dashboard agree on a per-leg anchored layer', () => {
  // Fills in a skewed market: the short put 1.20 over the model, the short call 0.30 under it, the wings at the model.
  const surface = surfaceFor(7519.12, 17.01, DEFAULT_SETTINGS);
  const model = ([['put', 7100], ['put', 7150], ['call', 7900], ['call', 7950]] as const).map(([kind, k]) => Math.round(priceOnSurface(surface, kind, k, 45 / 365).price * 100));
  const fills: [number, number, number, number] = [model[0] ?? 0, (model[1] ?? 0) + 120, (model[2] ?? 0) - 30, model[3] ?? 0];
  const credit = fills[1] - fills[0] + fills[2] - fills[3];
  const spec = { openedOn: OPENED, expiration: '2026-07-10', strikes: [7100, 7150, 7900, 7950] as [number, number, number, number], qty: 9, creditHundredths: credit, feesCents: 5400 };

  function costs(legPricesHundredths?: [number, number, number, number]) {
    const layer = condorLayer({ ...spec, legPricesHundredths });
    const spx = bars('SPX');
    const vix = bars('VIX');
    const input = rulesInput(LATER, { layers: [layer] });
    const ctx = buildContext(input, prepareMarket(spx, vix, input.settings));
    const view = ctx.portfolio.condors[0];
    const rules = view ? ctx.closeCost(view) : null;
    const dash = computeDashboard({
      riskCapitalCents: 100_000_00, settings: DEFAULT_SETTINGS, layers: [layer], closedHistory: { layers: [], ticketCashByDay: [] }, marks: [], spx, vix,
      options: { asOf: LATER, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 401 },
    });
    return { rules: rules?.ok ? rules.priceHundredths : null, dashboard: dash.layers[0]?.mark?.pricePoints ?? null, anchor: dash.anchors[layer.id] };
  }

  it('the rules\' model cost to close is the dashboard\'s, to the hundredth', () => {
    const perLeg = costs(fills);
    expect(perLeg.anchor?.legs).toHaveLength(4);
    expect(perLeg.anchor?.priceOffsetPoints).toBe(0);
    expect(perLeg.rules).toBe(Math.round((perLeg.dashboard ?? 0) * 100));
    // The net-only anchor values the same layer differently on this later day: per-leg anchoring is what both read.
    const net = costs();
    expect(net.rules).toBe(Math.round((net.dashboard ?? 0) * 100));
    expect(perLeg.rules).not.toBe(net.rules);
  });
});
