/**
 * Issue 19 item 11: the P&L "now" is one figure. The T+0 curve read at SPX now, the layers' P&L
 * and the Open P&L metric come from the same per-layer value (model at the anchored offset plus
 * the layer's price offset, unrounded); with no realised cash on the open layers they are equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { MarketBar } from '../domain/types';
import { computeDashboard, type DashboardInput } from './compute-dashboard';
import { condorLayer } from './testing/condor-layer';
import type { DashboardData } from './types';

function bars(date: string, spx: number, vix: number): { spx: MarketBar[]; vix: MarketBar[] } {
  const days = Array.from({ length: 14 }, (_, i) => addDays(date, i - 13));
  return {
    spx: days.map((d) => ({ symbol: 'SPX', date: d, closeHundredths: Math.round(spx * 100), openHundredths: null })),
    vix: days.map((d) => ({ symbol: 'VIX', date: d, closeHundredths: Math.round(vix * 100), openHundredths: null })),
  };
}

function dashboard(layers: DashboardInput['layers'], asOf: string, spx: number, vix: number): DashboardData {
  const b = bars(asOf, spx, vix);
  return computeDashboard({
    riskCapitalCents: 1_000_000_00, settings: DEFAULT_SETTINGS, layers, closedHistory: { layers: [], ticketCashByDay: [] }, marks: [], spx: b.spx, vix: b.vix,
    options: { asOf, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 401 },
  });
}

/** The T+0 curve at SPX now (the spot is a level of the grid). */
function t0AtSpot(d: DashboardData): number {
  const at = d.market.spx === null ? -1 : d.grid.indexOf(d.market.spx);
  const value = d.curves.find((c) => c.id === 't0')?.pnlDollars[at];
  if (value === undefined) throw new Error('no T+0 value at the spot');
  return value;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('one value at SPX now', () => {
  it('a fill no vol offset reaches: the T+0 curve carries the price offset, so it reads −fees like the rows and the metric', () => {
    // 1-point wings 40% out of the money sold for 4.90: no σ ≥ 0 gives that much (a price offset is kept).
    const layer = condorLayer({ openedOn: '2026-03-02', expiration: '2026-03-20', strikes: [2995, 3000, 7000, 7005], qty: 3, creditHundredths: 490, feesCents: 1800 });
    const d = dashboard([layer], '2026-03-02', 5000, 15);
    expect(d.anchors[layer.id]?.priceOffsetPoints).toBeGreaterThan(0.5);
    expect(d.openPnlDollars).toBeCloseTo(-18, 6);
    expect(d.layers[0]?.pnlDollars).toBeCloseTo(-18, 6);
    expect(t0AtSpot(d)).toBeCloseTo(-18, 6);
    // Days later the offset has faded with time; the curve and the row still agree.
    const later = dashboard([layer], '2026-03-09', 5000, 15);
    expect(t0AtSpot(later)).toBeCloseTo(later.layers[0]?.pnlDollars ?? NaN, 6);
  });

  it('random books on random dates: T+0 at spot = the layers’ P&L sum = the Open P&L metric (no realised cash on open layers)', () => {
    const layerArb = fc.record({
      putOtm: fc.double({ min: 0.01, max: 0.2, noNaN: true }), callOtm: fc.double({ min: 0.01, max: 0.12, noNaN: true }),
      wing: fc.constantFrom(5, 25, 50), qty: fc.integer({ min: 1, max: 20 }),
      credit: fc.integer({ min: 5, max: 2_000 }), fees: fc.integer({ min: 0, max: 5_000 }),
      dte: fc.integer({ min: 21, max: 60 }), // still open on every date tried (≤ 20 days later)
    });
    const book = fc.array(layerArb, { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(book, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 3000, max: 7000 }), fc.double({ min: 10, max: 45, noNaN: true }),
      (specs, daysLater, spot, vix) => {
        const openedOn = '2026-03-02';
        const layers = specs.map((r) => {
          const putShort = Math.round(spot * (1 - r.putOtm) / 5) * 5;
          const callShort = Math.max(putShort + 5, Math.round(spot * (1 + r.callOtm) / 5) * 5);
          return condorLayer({
            openedOn, expiration: addDays(openedOn, r.dte), strikes: [putShort - r.wing, putShort, callShort, callShort + r.wing], qty: r.qty,
            creditHundredths: Math.min(r.wing * 100 - 1, r.credit), feesCents: r.fees,
          });
        });
        const asOf = addDays(openedOn, daysLater);
        const d = dashboard(layers, asOf, spot, vix);
        const open = d.layers.filter((l) => l.status === 'open');
        const rowsPnl = sum(open.map((l) => l.pnlDollars));
        expect(t0AtSpot(d)).toBeCloseTo(rowsPnl, 6);
        expect(d.openPnlDollars).toBeCloseTo(sum(d.layers.map((l) => l.pnlDollars - l.realizedPnlDollars)), 6);
        if (d.layers.every((l) => l.status === 'open' && l.realizedPnlDollars === 0)) expect(d.openPnlDollars).toBeCloseTo(t0AtSpot(d), 6);
      }), { numRuns: 40 });
  });
});
