/**
 * Random condor books for the time-true property tests: a layer's plan (open day, DTE, quantity,
 * credit, an optional 1-unit partial close, full close and user mark, each days after opening)
 * and how it is entered through the handlers, skipping everything dated after a cutoff — the same
 * book entered whole and entered up to D must agree on D.
 */
import fc from 'fast-check';
import { addDays, weekday } from '../../../shared/dates';
import type { CondorStrikes, LayerDetail } from '../../../shared/domain/types';
import type { Backend } from '../backend';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../testing/synthetic-closes';

/** Window start; plans count weekdays from here. */
export const PLAN_START = '2026-03-02';
/** Last day of the made-up closes. */
export const PLAN_END = '2026-07-31';

/** Imports the made-up SPX and VIX closes up to and including `last` (the same series for every journal). */
export async function importClosesUpTo(backend: Backend, last: string): Promise<void> {
  for (const [symbol, level] of [['SPX', SYNTHETIC_SPX], ['VIX', SYNTHETIC_VIX]] as const) {
    const rows = syntheticCboeCsv({ endIso: PLAN_END, weekdays: 400, level }).split('\n');
    const kept = rows.slice(1).filter((r) => { const [m, d, y] = (r.split(',')[0] ?? '').split('/'); return `${y}-${m}-${d}` <= last; });
    await backend.send('market/import', { symbol, csv: [rows[0] ?? '', ...kept].join('\n') });
  }
}

export interface LayerPlan {
  openDay: number;
  dte: number;
  quantity: number;
  credit: number;
  /** Days after opening of a partial close (1 unit), if any. */
  partialAfter: number | null;
  /** Days after opening of the full close, if any (null = held, maybe past expiration). */
  closeAfter: number | null;
  markAfter: number | null;
}

export function layerPlanArb(limits: { maxQuantity: number; minCloseAfter: number }): fc.Arbitrary<LayerPlan> {
  return fc.record({
    openDay: fc.integer({ min: 0, max: 100 }),
    dte: fc.integer({ min: 7, max: 50 }),
    quantity: fc.integer({ min: 2, max: limits.maxQuantity }),
    credit: fc.integer({ min: 300, max: 1500 }),
    partialAfter: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
    closeAfter: fc.option(fc.integer({ min: limits.minCloseAfter, max: 60 }), { nil: null }),
    markAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  });
}

/** A trading day (weekday) `n` days into the window. */
export function planDay(n: number): string {
  let d = addDays(PLAN_START, n);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

/** Fees of the partial and full closing tickets (cents), when the test gives them. */
export interface CloseFees {
  partialCents?: number;
  closeCents?: number;
}

/**
 * Enters one plan's layer and its tickets and mark dated on or before `cutoff` (closes only up to
 * expiration); the layer as the handlers last returned it, or null when it opens after the cutoff.
 */
export async function enterPlan(
  backend: Backend, portfolioId: number, plan: LayerPlan, cutoff: string, strikes: CondorStrikes, fees: CloseFees = {},
): Promise<LayerDetail | null> {
  const openedOn = planDay(plan.openDay);
  if (openedOn > cutoff) return null;
  const expiration = planDay(plan.openDay + plan.dte);
  let layer = await backend.send('layer/createCondor', {
    portfolioId, openedOn, expiration, quantity: plan.quantity, creditHundredths: plan.credit, feesCents: 500, role: 'base', strikes,
  });
  const at = (n: number | null) => (n === null ? null : planDay(plan.openDay + n));
  const partial = at(plan.partialAfter);
  if (partial !== null && partial <= cutoff && partial <= expiration) {
    layer = await backend.send('ticket/add', {
      layerId: layer.id, date: partial, action: 'close', quantity: 1, netPriceHundredths: -Math.round(plan.credit / 2),
      ...(fees.partialCents === undefined ? {} : { feesCents: fees.partialCents }),
    });
  }
  const close = at(plan.closeAfter);
  if (close !== null && close <= cutoff && close <= expiration) {
    layer = await backend.send('ticket/add', {
      layerId: layer.id, date: close, action: 'close', netPriceHundredths: -Math.round(plan.credit / 3),
      ...(fees.closeCents === undefined ? {} : { feesCents: fees.closeCents }),
    });
  }
  const mark = at(plan.markAfter);
  if (mark !== null && mark <= cutoff) await backend.send('mark/set', { layerId: layer.id, date: mark, priceHundredths: Math.round(plan.credit / 2) });
  return layer;
}
