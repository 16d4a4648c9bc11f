/**
 * Figures the time-true dashboard adds: settlement of expired-unbooked layers, the
 * holding-period return shown beside every annualised IRR, and the stale-market notice.
 */
import { daysBetween } from '../dates';
import { lastOpenExpiration } from '../domain/layer-as-of';
import { settleLegs, settlementValue, type SettlementPriceFn } from '../domain/settlement';
import type { LayerDetail } from '../domain/types';
import type { LayerCashInput } from '../analytics';
import type { IrrHolding, SettlementInfo } from './types';

/** Settlement of an expired-unbooked layer's open legs (shared/domain/settlement.ts). */
export function settlementOf(layer: LayerDetail, price: SettlementPriceFn): SettlementInfo {
  const legs = settleLegs(layer.legs, layer.openContracts, price);
  const valueDollars = settlementValue(legs);
  const multiplier = layer.legs[0]?.multiplier ?? 100;
  const units = layer.openQuantity > 0 ? layer.openQuantity : 1;
  return {
    date: lastOpenExpiration(layer.legs, layer.openContracts) ?? layer.expiration ?? layer.openedOn,
    legs: legs.map((l) => ({ legId: l.legId, source: l.source, level: l.level, contracts: l.contracts, valuePoints: l.valuePoints })),
    valueDollars,
    // Cost to settle one unit, + debit: the negative of the holding's value.
    pricePoints: valueDollars === null ? null : Math.round((-valueDollars / (multiplier * units)) * 100) / 100 + 0,
  };
}

/**
 * Holding-period return on margin = P&L to date ÷ peak margin held (dollars ÷ dollars), and the
 * calendar days from the first margin posted (else the first layer's opening) to asOf. The
 * peak is the largest running sum of margin posted minus released, over the layers' dated
 * margin changes and the closed history's (`historyDeltas`, + posted / − released).
 */
export function holdingFigures(
  inputs: readonly LayerCashInput[], historyDeltas: readonly { date: string; amount: number }[], asOf: string, pnl: number, minAgeDays: number,
): IrrHolding {
  const deltas = datedMarginDeltas(inputs, historyDeltas, asOf);
  const peak = peakMarginHeld(deltas);
  const first = firstMarginDate(inputs, historyDeltas, asOf);
  const daysHeld = first === null ? 0 : Math.max(0, daysBetween(first, asOf));
  return { holdingPeriodReturn: peak > 0 ? pnl / peak : null, daysHeld, young: daysHeld < minAgeDays, minAgeDays };
}

/**
 * The margin changes on or before asOf, sorted by date (stable: same-day changes keep their
 * order): the closed history's first, then each layer opened by asOf (its dated margin
 * changes, else its whole margin posted on its opening day).
 */
function datedMarginDeltas(
  inputs: readonly LayerCashInput[], historyDeltas: readonly { date: string; amount: number }[], asOf: string,
): { date: string; amount: number }[] {
  const deltas: { date: string; amount: number }[] = [...historyDeltas];
  for (const input of inputs) {
    if (input.openedOn > asOf) continue;
    for (const change of input.marginChanges ?? [{ date: input.openedOn, amount: input.margin }]) if (change.date <= asOf) deltas.push(change);
  }
  deltas.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return deltas;
}

/** The earliest of the opening days of layers opened by asOf and the history's margin dates; null when there are none. */
function firstMarginDate(inputs: readonly LayerCashInput[], historyDeltas: readonly { date: string }[], asOf: string): string | null {
  let first: string | null = null;
  for (const input of inputs) {
    if (input.openedOn > asOf) continue;
    if (first === null || input.openedOn < first) first = input.openedOn;
  }
  for (const d of historyDeltas) if (first === null || d.date < first) first = d.date;
  return first;
}

/** The largest running sum of date-sorted margin changes, taken at the end of each day (0 when never positive). */
function peakMarginHeld(deltas: readonly { date: string; amount: number }[]): number {
  let held = 0;
  let peak = 0;
  for (let i = 0; i < deltas.length; i++) {
    held += deltas[i]?.amount ?? 0;
    // Same-day changes (a roll releases and posts) count net: look at the level after the day.
    if (deltas[i + 1]?.date !== deltas[i]?.date) peak = Math.max(peak, held);
  }
  return peak;
}
