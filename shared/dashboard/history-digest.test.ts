/**
 * The digest's one-pass sums over a day-ordered list (history-digest.ts) must give exactly what
 * the plain definition gives: for the layers closed before the date, their margin changes and
 * ticket cash netted per day — summed layer after layer, loose cash last — in day order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { digestHistory } from './history-digest';
import { marginSteps } from './layer-capital';
import type { ClosedHistory, ClosedLayer } from './types';

const START = '2024-01-02';

function addCash(cash: Map<string, number>, t: ClosedHistory['ticketCashByDay'][number]): void {
  cash.set(t.date, (cash.get(t.date) ?? 0) + (t.premiumCents - t.feesCents) / 100);
}

/** The definition, written plainly: a map per day filled layer by layer, then sorted. */
function plainFlows(history: ClosedHistory, asOf: string): { flows: { date: string; amount: number }[]; marginDeltas: { date: string; amount: number }[] } {
  const closed = history.layers.filter((l) => l.closedOn !== null)
    .sort((a, b) => ((a.closedOn ?? '') < (b.closedOn ?? '') ? -1 : (a.closedOn ?? '') > (b.closedOn ?? '') ? 1 : a.id - b.id))
    .filter((l) => (l.closedOn ?? '') < asOf);
  const cash = new Map<string, number>();
  const margin = new Map<string, number>();
  for (const layer of closed) {
    let held = 0;
    for (const step of marginSteps(layer, DEFAULT_SETTINGS, '9999-12-31')) {
      const change = step.held - held;
      held = step.held;
      if (change !== 0) {
        cash.set(step.date, (cash.get(step.date) ?? 0) - change);
        margin.set(step.date, (margin.get(step.date) ?? 0) + change);
      }
    }
    for (const t of history.ticketCashByDay) if (t.layerId === layer.id) addCash(cash, t);
  }
  const ids = new Set(history.layers.filter((l) => l.closedOn !== null).map((l) => l.id));
  for (const t of history.ticketCashByDay) if (t.layerId === undefined || !ids.has(t.layerId)) addCash(cash, t);
  const dated = (map: Map<string, number>) => [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([date, amount]) => ({ date, amount }));
  return { flows: dated(cash), marginDeltas: dated(margin) };
}

const layerArb = (id: number) => fc.record({
  open: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 1, max: 60 }), quantity: fc.integer({ min: 1, max: 12 }),
  partial: fc.integer({ min: 0, max: 11 }), price: fc.integer({ min: 50, max: 900 }), pnl: fc.integer({ min: -50_000, max: 50_000 }),
}).map(({ open, length, quantity, partial, price, pnl }): { layer: ClosedLayer; cash: ClosedHistory['ticketCashByDay'] } => {
  const openedOn = addDays(START, open);
  const closedOn = addDays(openedOn, length);
  const partly = Math.min(partial, quantity - 1);
  const midDate = addDays(openedOn, Math.floor(length / 2));
  const unitChanges = [
    { date: openedOn, units: quantity }, ...(partly > 0 ? [{ date: midDate, units: -partly }] : []), { date: closedOn, units: -(quantity - partly) },
  ];
  return {
    layer: {
      id, role: 'base', status: 'closed', openedOn, closedOn, openedQuantity: quantity, openPriceHundredths: price, multiplier: 100,
      realizedPnlCents: pnl, unitChanges,
      strikes: { putLong: 480_000, putShort: 490_000, callShort: 520_000, callLong: 530_000 },
    },
    cash: [
      { layerId: id, date: openedOn, premiumCents: price * 100 * quantity, feesCents: 130 * quantity },
      { layerId: id, date: closedOn, premiumCents: -price * 30 * quantity, feesCents: 0 },
    ],
  };
});

describe('digestHistory', () => {
  it('property: flows and margin deltas equal the plain per-day sums of the layers closed before the date', () => {
    fc.assert(fc.property(
      fc.array(fc.nat(), { minLength: 0, maxLength: 25 }).chain((seeds) => fc.tuple(...seeds.map((_, i) => layerArb(i + 1)))),
      fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), cents: fc.integer({ min: -90_000, max: 90_000 }) }), { maxLength: 4 }),
      fc.array(fc.integer({ min: -5, max: 420 }), { minLength: 1, maxLength: 6 }),
      (built, loose, asOfDays) => {
        const history: ClosedHistory = {
          layers: built.map((b) => b.layer),
          ticketCashByDay: [...built.flatMap((b) => b.cash), ...loose.map((l) => ({ date: addDays(START, l.day), premiumCents: l.cents, feesCents: 0 }))],
        };
        for (const day of asOfDays) {
          const asOf = addDays(START, day);
          const digest = digestHistory(history, DEFAULT_SETTINGS, asOf);
          const plain = plainFlows(history, asOf);
          expect(digest.flows).toEqual(plain.flows);
          expect(digest.marginDeltas).toEqual(plain.marginDeltas);
        }
      },
    ), { numRuns: 150 });
  });
});
