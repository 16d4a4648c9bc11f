/**
 * The open layers' legs valued on the date's SPX surface, each layer at its anchored vol
 * offset — or each leg at its own, when the layer is anchored per leg (layer-anchor.ts,
 * leg-anchors.ts): what the dashboard's curves, Greeks, marks and P&L all read.
 */
import type { PositionLeg, SpxSurface } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { surfaceFor } from '../rules/smile';
import { anchorLayer, type LayerAnchor } from './layer-anchor';
import { positionLegs } from './layer-position';

export interface AnchoredLayer {
  legs: PositionLeg[];
  /** The same legs at σ = VIX/100 (the dashboard's flat-vol comparison curve). */
  flatLegs: PositionLeg[];
  anchor: LayerAnchor | null;
  /**
   * Dollars added to the layer's model value for a price no vol offset reaches: −offset × 100 ×
   * open units, fading linearly to 0 at the last expiration (an expired leg settles at intrinsic).
   */
  priceOffsetDollars: number;
}

export function anchoredLayers(
  open: readonly LayerDetail[], marks: ReadonlyMap<number, readonly Mark[]>, spx: readonly MarketBar[], vix: readonly MarketBar[],
  spot: number, vixNow: number, settings: PortfolioSettings, asOf: string,
): { surface: SpxSurface; layers: Map<number, AnchoredLayer> } {
  const surface = surfaceFor(spot, vixNow, settings);
  const layers = new Map<number, AnchoredLayer>();
  for (const layer of open) {
    const anchor = anchorLayer(layer, marks.get(layer.id) ?? [], spx, vix, settings, asOf);
    const legVolOffsets = anchor?.legs ? new Map(anchor.legs.map((l) => [l.legId, l.volOffset])) : undefined;
    const legs = positionLegs(layer, vixNow, { surface, asOf, volOffset: anchor?.volOffset ?? 0, legVolOffsets });
    const flatLegs = positionLegs(layer, vixNow, { flatVol: vixNow / 100 });
    layers.set(layer.id, { legs, flatLegs, anchor, priceOffsetDollars: priceOffsetDollars(layer, anchor, asOf) });
  }
  return { surface, layers };
}

/** The layer's price offset on `asOf`, dollars (see {@link AnchoredLayer.priceOffsetDollars}); the curves add it on their own dates. */
export function priceOffsetDollars(layer: LayerDetail, anchor: LayerAnchor | null, asOf: string): number {
  if (anchor === null || anchor.priceOffsetPoints === 0 || layer.expiration === null) return 0;
  const last = layer.legs.reduce((d, l) => (l.expiration !== null && l.expiration > d ? l.expiration : d), layer.expiration);
  const total = daysBetween(anchor.date, last);
  const left = Math.max(0, daysBetween(asOf, last));
  const fade = total > 0 ? Math.min(1, left / total) : 0;
  return -anchor.priceOffsetPoints * (layer.legs[0]?.multiplier ?? 100) * layer.openQuantity * fade;
}
