/**
 * layerAsOf (the time-true state of one layer) on random ticket histories: what is dated after D
 * never changes the state on D; the state is a fixed point (rebuilding it again changes nothing);
 * units and cash agree with a plain running sum of the tickets ≤ D; DTE is never negative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { condorLayer } from '../rules/testing/layer-builder';
import { layerAsOf } from './layer-as-of';
import type { LayerDetail, Ticket } from './types';

const OPEN = '2026-05-01';
const historyArb = fc.record({
  quantity: fc.integer({ min: 2, max: 12 }),
  dte: fc.integer({ min: 5, max: 60 }),
  // Partial closes: (days after opening, units) — cut to what is open when applied.
  closes: fc.array(
    fc.record({ after: fc.integer({ min: 0, max: 70 }), units: fc.integer({ min: 1, max: 4 }), price: fc.integer({ min: 0, max: 1500 }) }),
    { maxLength: 4 },
  ),
  asOfAfter: fc.integer({ min: -5, max: 80 }),
});

type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

function build(h: History): LayerDetail {
  const base = condorLayer({ id: 1, openedOn: OPEN, expiration: addDays(OPEN, h.dte), strikes: [5400, 5450, 5900, 5950], credit: 10, quantity: h.quantity });
  const tickets: Ticket[] = [...base.tickets];
  let open = h.quantity;
  const sorted = [...h.closes].sort((a, b) => a.after - b.after);
  sorted.forEach((c, i) => {
    const units = Math.min(open, c.units);
    if (units === 0) return;
    open -= units;
    tickets.push({
      id: 200 + i, layerId: 1, date: addDays(OPEN, c.after), action: 'close', quantity: units, netPriceHundredths: -c.price, multiplier: 100, feesCents: 0,
      cashCents: -c.price * 100 * units, note: '', legs: base.legs.map((leg) => ({ legId: leg.id, quantity: leg.side === 'long' ? -units : units })),
    });
  });
  return { ...base, tickets };
}

describe('layerAsOf', () => {
  it('depends only on tickets dated ≤ D, is a fixed point, matches a running sum, never shows negative DTE', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const layer = build(h);
        const asOf = addDays(OPEN, h.asOfAfter);
        const state = layerAsOf(layer, asOf);
        const upToD = { ...layer, tickets: layer.tickets.filter((t) => t.date <= asOf) };
        expect(layerAsOf(upToD, asOf)).toEqual(state);
        expect(state === null).toBe(asOf < OPEN);
        if (state === null) return;
        expect(layerAsOf(state, asOf)).toEqual(state);
        const kept = layer.tickets.filter((t) => t.date <= asOf);
        const opened = kept.filter((t) => t.action === 'open').reduce((s, t) => s + t.quantity, 0);
        const closed = kept.filter((t) => t.action !== 'open').reduce((s, t) => s + t.quantity, 0);
        expect(state.openQuantity).toBe(opened - closed);
        expect(state.netCashCents).toBe(kept.reduce((s, t) => s + t.cashCents, 0));
        const expiration = layer.expiration ?? '';
        const expected = opened === closed ? 'closed' : expiration < asOf ? 'expired-unbooked' : 'open';
        expect(state.status).toBe(expected);
        if (state.dte !== null) expect(state.dte).toBeGreaterThanOrEqual(0);
        expect(state.dte === null).toBe(state.status !== 'open');
      }),
      { numRuns: 400 },
    );
  });
});
