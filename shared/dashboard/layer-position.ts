/**
 * Turns a stored layer into the analytics engine's position legs, and values it.
 * σ per SPX option: the date's SPX surface σ(K, T) (shared/analytics/spx-surface.ts) plus the
 * layer's anchored vol offset (layer-anchor.ts), held per strike across the SPX grid
 * (sticky strike); VIX legs use the vol-of-vol default.
 */
import { createPayoffModel, type MarketModel, type PositionLeg, type SpxSurface } from '../analytics';
import { daysBetween } from '../dates';
import type { LayerDetail, Leg } from '../domain/types';

/** σ of VIX options when no other is known (decimal); documented in docs/analytics.md. */
export const DEFAULT_VOL_OF_VOL = 0.9;

/**
 * How an SPX option's σ is chosen: the surface plus an offset — the layer's, or a leg's own
 * where the layer is anchored per leg (`legVolOffsets` by leg id) — or flat (σ = VIX/100, the
 * comparison curve).
 */
export type SpxVolSource = { surface: SpxSurface; asOf: string; volOffset: number; legVolOffsets?: ReadonlyMap<number, number> } | { flatVol: number };

/** σ of an SPX option leg (decimal, ≥ 0). */
export function spxLegVol(source: SpxVolSource, strike: number, expiration: string | undefined, legId?: number): number {
  if ('flatVol' in source) return source.flatVol;
  const years = expiration === undefined ? 0 : Math.max(0, daysBetween(source.asOf, expiration)) / 365;
  const offset = (legId === undefined ? undefined : source.legVolOffsets?.get(legId)) ?? source.volOffset;
  return Math.max(0, source.surface.vol(strike, years) + offset);
}

/** The layer's open legs as position legs (quantity = open signed contracts). */
export function positionLegs(layer: LayerDetail, vix: number, vols: SpxVolSource): PositionLeg[] {
  const legs: PositionLeg[] = [];
  for (const leg of layer.legs) {
    const quantity = layer.openContracts[leg.id] ?? 0;
    if (quantity !== 0) legs.push(toPositionLeg(leg, quantity, layer, vix, vols));
  }
  return legs;
}

function toPositionLeg(leg: Leg, quantity: number, layer: LayerDetail, vix: number, vols: SpxVolSource): PositionLeg {
  const onVix = leg.underlying === 'VIX' || leg.underlying === 'VX' || leg.underlying === 'ETF';
  const expiration = leg.expiration ?? undefined;
  if (leg.instrument === 'option') {
    const strike = (leg.strikeHundredths ?? 0) / 100;
    return {
      kind: leg.right === 'put' ? 'put' : 'call', underlying: onVix ? 'VIX' : 'SPX', strike, expiration, quantity, multiplier: leg.multiplier,
      vol: onVix ? DEFAULT_VOL_OF_VOL : spxLegVol(vols, strike, expiration, leg.id),
    };
  }
  if (leg.instrument === 'future') return { kind: 'future', underlying: 'VIX', expiration, quantity, multiplier: leg.multiplier };
  // A VIX ETF is modelled as moving in proportion to the VIX from its entry price: value per
  // share = entry price × VIX(S) / VIX now. A model, labelled as such in the docs.
  const entryPrice = Math.abs(layer.openPriceHundredths) / 100 / Math.max(1, leg.ratio);
  return { kind: 'share', underlying: 'VIX', quantity, multiplier: (leg.multiplier * entryPrice) / vix };
}

/** Dollars the open legs are worth now (signed as a holding: a short condor is negative). */
export function modelLiquidationValue(legs: readonly PositionLeg[], asOf: string, market: MarketModel): number {
  if (legs.length === 0) return 0;
  return createPayoffModel({ legs, realizedCash: 0, valuationDate: asOf, market }).pnlAt(market.spxNow);
}
