/**
 * Sizing on equity and buying power (docs/backtest.md): the rules size layers from the lesser of
 * the risk capital and the current equity, and no condor opens when the short-spread margin of
 * the open condors plus its own would exceed that equity. Money in integer cents.
 */
import type { LayerDetail } from '../domain/types';
import type { LayerBook } from './layer-book';

const MULTIPLIER = 100;

/** What the rules size against: min(risk capital, equity), never below 0. */
export function sizingCapitalCents(capitalCents: number, equityCents: number): number {
  return Math.max(0, Math.min(capitalCents, equityCents));
}

/** Short-spread margin of a condor layer: its wider wing × 100 × open quantity (0 for a hedge). */
export function condorMarginCents(layer: LayerDetail): number {
  const k = layer.strikes;
  if (layer.role === 'hedge' || k === null) return 0;
  return Math.max(k.putShort - k.putLong, k.callLong - k.callShort) * MULTIPLIER * layer.openQuantity; // hundredths × 100 = cents
}

/** Σ margin of the open condor layers, cents. */
export function openCondorMarginCents(book: LayerBook): number {
  return book.open().reduce((sum, layer) => sum + condorMarginCents(layer), 0);
}

/** The most contracts a new condor with `marginPerContractCents` may have: floor((equity − open margin) ÷ margin per contract). */
export function contractsWithinEquity(equityCents: number, openMarginCents: number, marginPerContractCents: number): number {
  if (marginPerContractCents <= 0) return 0;
  return Math.max(0, Math.floor((equityCents - openMarginCents) / marginPerContractCents));
}
