/**
 * The fees a ticket is entered with when the trader gives none: the portfolio's fee per
 * contract (setting `feePerContractCents`, default $1.50) × contracts traded. One rule for the
 * entry forms and the CLI, so `alvh ticket add` without `--fees` books what the form would.
 */
import type { LayerDetail, TicketAction } from './types';

/** Cents: fee per contract × legs per unit × units (0 while the unit count is unknown). */
export function defaultFeesCents(feePerContractCents: number, legs: number, units: number | null): number {
  return units === null ? 0 : feePerContractCents * legs * units;
}

/** Legs a pro-rata ticket trades: those still open (an expiry trades none — it costs nothing). */
export function openLegCount(layer: Pick<LayerDetail, 'legs' | 'openContracts'>): number {
  return layer.legs.filter((leg) => (layer.openContracts[leg.id] ?? 0) !== 0).length;
}

/** Default fees of a close / partial close / settlement of `units` units of `layer`; an expiry is free. */
export function defaultClosingFeesCents(layer: Pick<LayerDetail, 'legs' | 'openContracts'>, action: TicketAction, units: number | null, feePerContractCents: number): number {
  return action === 'expire' ? 0 : defaultFeesCents(feePerContractCents, openLegCount(layer), units);
}
