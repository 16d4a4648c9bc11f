/**
 * Per-leg anchoring: when the opening ticket carries each leg's own fill, on the
 * opening date every leg is worth its own fill, the layer its net to the cent (open P&L = −fees),
 * and a later mark re-anchors the layer as a whole (marks are net).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPayoffModel, priceOnSurface } from '../analytics';
import { addDays } from '../dates';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { surfaceFor } from '../rules/smile';
import { anchoredLayers } from './anchored-legs';
import { computeDashboard, type DashboardInput } from './compute-dashboard';
import { anchorLayer, type LayerAnchor } from './layer-anchor';
import { condorLayer } from './testing/condor-layer';

function input(layers: LayerDetail[], bars: { spx: MarketBar[]; vix: MarketBar[] }, asOf: string, marks: Mark[] = []): DashboardInput {
  return {
    riskCapitalCents: 100_000_00, settings: DEFAULT_SETTINGS, layers, closedHistory: { layers: [], ticketCashByDay: [] }, marks, spx: bars.spx, vix: bars.vix,
    options: { asOf, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 401 },
  };
}

/** Daily flat closes for the 14 days ending on `date`. */
function flatBars(date: string, spx: number, vix: number): { spx: MarketBar[]; vix: MarketBar[] } {
  const days = Array.from({ length: 14 }, (_, i) => addDays(date, i - 13));
  return {
    spx: days.map((d) => ({ symbol: 'SPX', date: d, closeHundredths: Math.round(spx * 100), openHundredths: null })),
    vix: days.map((d) => ({ symbol: 'VIX', date: d, closeHundredths: Math.round(vix * 100), openHundredths: null })),
  };
}

/** The T+0 curve's P&L at `level` with exactly the anchored legs the dashboard draws. */
function t0At(d: DashboardInput, level: number, spot: number, vixNow: number): number {
  const layer = d.layers[0];
  if (!layer) return Number.NaN;
  const { layers } = anchoredLayers(d.layers, new Map([[layer.id, d.marks]]), d.spx, d.vix, spot, vixNow, d.settings, d.options.asOf);
  const market = { spxNow: spot, vixNow, rate: 0.045, dividendYield: 0.013, spxVol: vixNow / 100, vixVol: 0.9, vixBetaPointsPerPct: -0.8 };
  const legs = layers.get(layer.id)?.legs ?? [];
  return createPayoffModel({ legs, realizedCash: layer.netCashCents / 100, valuationDate: d.options.asOf, market }).pnlAt(level);
}

/** Each leg's model price at its own offset plus its price offset, points per contract (K1..K4). */
function legValues(anchor: LayerAnchor, expiration: string): number[] {
  const surface = surfaceFor(anchor.spx, anchor.vix, DEFAULT_SETTINGS);
  const years = (Date.parse(expiration) - Date.parse(anchor.date)) / 86_400_000 / 365;
  return (anchor.legs ?? []).map((l) => priceOnSurface(surface, l.kind, l.strike, years, l.volOffset).price + l.priceOffsetPoints);
}

const OPENED = '2026-03-02';
const layerArb = fc.record({
  spot: fc.integer({ min: 1000, max: 8000 }), vix: fc.double({ min: 9, max: 83, noNaN: true }), dte: fc.integer({ min: 3, max: 120 }),
  putOtm: fc.double({ min: 0.005, max: 0.25, noNaN: true }), callOtm: fc.double({ min: 0.005, max: 0.15, noNaN: true }),
  wing: fc.constantFrom(5, 10, 25, 50, 100), qty: fc.integer({ min: 1, max: 40 }), feesCents: fc.integer({ min: 0, max: 20_000 }),
  // Each leg filled at its own distance from the model, vol points (a skewed market).
  offsets: fc.tuple(...Array.from({ length: 4 }, () => fc.double({ min: -6, max: 10, noNaN: true }))),
  // The net may miss the rounded legs by one hundredth (an import's rounding).
  residual: fc.constantFrom(-1, 0, 0, 1),
});

type LayerCase = typeof layerArb extends fc.Arbitrary<infer T> ? T : never;

/** A condor whose legs filled where the market could print them, each to the cent; null when the net is outside (0, wing). */
function pricedCondor(r: LayerCase) {
  const putShort = Math.round(r.spot * (1 - r.putOtm) / 5) * 5;
  const callShort = Math.max(putShort + 5, Math.round(r.spot * (1 + r.callOtm) / 5) * 5);
  const strikes: [number, number, number, number] = [putShort - r.wing, putShort, callShort, callShort + r.wing];
  const surface = surfaceFor(r.spot, Math.round(r.vix * 100) / 100, DEFAULT_SETTINGS);
  const kinds = ['put', 'put', 'call', 'call'] as const;
  const fill = (i: number) => Math.max(0, Math.round(priceOnSurface(surface, kinds[i], strikes[i], r.dte / 365, r.offsets[i] / 100).price * 100));
  const fills: [number, number, number, number] = [fill(0), fill(1), fill(2), fill(3)];
  const credit = fills[1] - fills[0] + fills[2] - fills[3] + r.residual;
  if (!(credit > 0 && credit < r.wing * 100)) return null;
  const expiration = addDays(OPENED, r.dte);
  const spec = { openedOn: OPENED, expiration, strikes, qty: r.qty, creditHundredths: credit, feesCents: r.feesCents };
  const layer = condorLayer({ ...spec, legPricesHundredths: fills });
  return { strikes, fills, credit, expiration, layer };
}

describe('per-leg anchoring over random condors', () => {
  it('on the opening date each leg equals its own fill, the legs make the net, and open P&L = −fees to the cent', () => {
    fc.assert(fc.property(layerArb, (r) => {
      const c = pricedCondor(r);
      fc.pre(c !== null);
      if (c === null) return;
      const bars = flatBars(OPENED, r.spot, r.vix);
      const d = input([c.layer], bars, OPENED);
      const dash = computeDashboard(d);
      const anchor = dash.anchors[c.layer.id];
      if (!anchor) throw new Error('no anchor');
      expect(anchor.source).toBe('open');
      expect(anchor.legs?.map((l) => l.legId)).toEqual(c.layer.legs.map((l) => l.id));
      const values = legValues(anchor, c.expiration);
      values.forEach((v, i) => expect(v).toBeCloseTo((c.fills[i] ?? 0) / 100, 7));
      // Σ −w·(leg value) + the net's rounding gap = the net credit, where the layer's price offset
      // P = Σ −w·pᵢ + gap (w = +1 long, −1 short), so gap = P + Σ w·pᵢ.
      const legsNet = values[1] - values[0] + values[2] - values[3];
      const gap = anchor.priceOffsetPoints + (anchor.legs ?? []).reduce((s, l, i) => s + (i === 0 || i === 3 ? 1 : -1) * l.priceOffsetPoints, 0);
      expect(gap).toBeCloseTo(c.credit / 100 - (c.fills[1] - c.fills[0] + c.fills[2] - c.fills[3]) / 100, 9);
      expect(legsNet + gap).toBeCloseTo(c.credit / 100, 7);
      expect(Math.round(dash.openPnlDollars * 100) + 0).toBe(0 - r.feesCents);
      expect(dash.layers[0]?.mark?.pricePoints).toBeCloseTo(c.credit / 100, 9);
      if (anchor.priceOffsetPoints === 0) expect(t0At(d, r.spot, r.spot, Math.round(r.vix * 100) / 100)).toBeCloseTo(-r.feesCents / 100, 2);
      // What the curves and Greeks read: every leg at σ(K, T) + its own δᵢ, not the layer's one δ.
      const spot = Math.round(r.spot * 100) / 100;
      const vixNow = Math.round(r.vix * 100) / 100;
      const positioned = anchoredLayers(d.layers, new Map(), d.spx, d.vix, spot, vixNow, d.settings, OPENED).layers.get(c.layer.id)?.legs ?? [];
      const surface = surfaceFor(spot, vixNow, DEFAULT_SETTINGS);
      expect(positioned.map((l) => l.vol)).toEqual((anchor.legs ?? []).map((l) => Math.max(0, surface.vol(l.strike, r.dte / 365) + l.volOffset)));
    }), { numRuns: 60 });
  });

  it('a later mark re-anchors the whole layer at the mark (one offset); before it the legs keep their own', () => {
    fc.assert(fc.property(layerArb, fc.integer({ min: 1, max: 6 }), fc.double({ min: 0.02, max: 0.98, noNaN: true }), (r, days, share) => {
      const c = pricedCondor(r);
      fc.pre(c !== null && r.dte > days);
      if (c === null) return;
      const markDate = addDays(OPENED, days);
      const markHundredths = Math.max(1, Math.round(r.wing * 100 * share));
      const marks: Mark[] = [{ layerId: c.layer.id, date: markDate, priceHundredths: markHundredths }];
      const bars = flatBars(markDate, r.spot * 1.01, r.vix);
      const dash = computeDashboard(input([c.layer], bars, markDate, marks));
      const anchor = dash.anchors[c.layer.id];
      expect(anchor).toMatchObject({ source: 'mark', date: markDate, legs: null });
      // Open P&L on the mark's date = (credit − mark) × 100 × qty − fees.
      expect(Math.round(dash.openPnlDollars * 100)).toBe((c.credit - markHundredths) * 100 * r.qty - r.feesCents);
      if (anchor?.priceOffsetPoints === 0) {
        const expected = ((c.credit - markHundredths) * 100 * r.qty - r.feesCents) / 100;
        const spot = Math.round(r.spot * 101) / 100;
        expect(t0At(input([c.layer], bars, markDate, marks), spot, spot, Math.round(r.vix * 100) / 100)).toBeCloseTo(expected, 2);
      }
      // The day before the mark the opening's per-leg anchors still hold.
      const before = anchorLayer(c.layer, marks, bars.spx, bars.vix, DEFAULT_SETTINGS, addDays(markDate, -1));
      expect(before?.legs).toHaveLength(4);
    }), { numRuns: 40 });
  });
});

describe('per-leg anchoring, by hand', () => {
  const bars = flatBars('2026-05-26', 7519.12, 17.01);

  it('a short put filled richer than the model gets its own positive offset, the long wings theirs', () => {
    // The reproduction's condor with leg fills around the model: 7150P sold at the model + 0.80, the others at the model.
    const surface = surfaceFor(7519.12, 17.01, DEFAULT_SETTINGS);
    const years = 45 / 365;
    const model = (kind: 'put' | 'call', k: number) => Math.round(priceOnSurface(surface, kind, k, years).price * 100);
    const fills: [number, number, number, number] = [model('put', 7100), model('put', 7150) + 80, model('call', 7900), model('call', 7950)];
    const credit = fills[1] - fills[0] + fills[2] - fills[3];
    const layer = condorLayer({ openedOn: '2026-05-26', expiration: '2026-07-10', strikes: [7100, 7150, 7900, 7950], qty: 9, creditHundredths: credit, feesCents: 5400, legPricesHundredths: fills });
    const anchor = anchorLayer(layer, [], bars.spx, bars.vix, DEFAULT_SETTINGS, '2026-05-26');
    const [longPut, shortPut, shortCall, longCall] = anchor?.legs ?? [];
    // 0.80 points over a vega of ~750 points per 1.00 of σ: about +0.107 vol points (first order, within 5%).
    const vega = priceOnSurface(surface, 'put', 7150, years).vega;
    expect(shortPut?.volOffset).toBeGreaterThan((0.95 * 0.8) / vega);
    expect(shortPut?.volOffset).toBeLessThan((1.05 * 0.8) / vega);
    for (const leg of [longPut, shortCall, longCall]) expect(Math.abs(leg?.volOffset ?? 1)).toBeLessThan(0.0005);
    expect(anchor?.priceOffsetPoints).toBeCloseTo(0, 9);
    expect(anchor?.legs?.map((l) => l.fillPoints)).toEqual(fills.map((f) => f / 100));
  });

  it('a leg filled below its intrinsic value keeps a price offset for that leg only, and the layer still equals its net', () => {
    // SPX 5000, the 5200 put is 200 points in the money: a 150.00 fill is below any σ's price.
    const b = flatBars('2026-03-02', 5000, 15);
    const layer = condorLayer({ openedOn: '2026-03-02', expiration: '2026-03-12', strikes: [4700, 5200, 5300, 5350], qty: 2, creditHundredths: 15_000 - 5 + 300 - 100, feesCents: 400, legPricesHundredths: [5, 15_000, 300, 100] });
    const dash = computeDashboard(input([layer], b, '2026-03-02'));
    const anchor = dash.anchors[layer.id];
    const shortPut = anchor?.legs?.[1];
    expect(shortPut?.priceOffsetPoints).toBeLessThan(-45);
    expect(anchor?.legs?.filter((l) => l.priceOffsetPoints !== 0)).toHaveLength(1);
    expect(anchor && legValues(anchor, '2026-03-12')[1]).toBeCloseTo(150, 7);
    expect(Math.round(dash.openPnlDollars * 100)).toBe(-400);
  });

  it('a ticket without per-leg prices anchors the layer with one offset, as before', () => {
    const layer = condorLayer({ openedOn: '2026-05-26', expiration: '2026-07-10', strikes: [7100, 7150, 7900, 7950], qty: 9, creditHundredths: 950, feesCents: 5400 });
    expect(anchorLayer(layer, [], bars.spx, bars.vix, DEFAULT_SETTINGS, '2026-05-26')?.legs).toBeNull();
  });
});
