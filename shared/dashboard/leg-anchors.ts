/**
 * Per-leg anchoring: when the anchoring ticket carries each leg's own fill (broker
 * imports do; shared/domain/leg-prices.ts), every leg gets its own vol offset δᵢ so that
 *
 *   BSM(kindᵢ, S, Kᵢ, Tᵢ, r, q, σ(Kᵢ, Tᵢ) + δᵢ) = fillᵢ        (points per contract)
 *
 * on the anchor date's closes, instead of one δ for the whole layer. One option's price rises
 * strictly with σ, so δᵢ is unique when it exists. A fill outside what any σ gives — below the
 * discounted intrinsic value, or above the option's upper bound (S·e^(−qT) for a call, K·e^(−rT)
 * for a put) — keeps the closest δᵢ (the same scan as the layer-level solve) and the rest as
 * that leg's price offset pᵢ = fillᵢ − model(δᵢ).
 *
 * The layer then carries one price offset per unit (faded to 0 at expiration like the
 * layer-level one): P = Σᵢ −wᵢ·pᵢ + (net − Σᵢ −wᵢ·fillᵢ), wᵢ = signed contracts per unit.
 * The second term is the rounding gap between the legs and the ticket's net (≤ 0.01, checked
 * at entry), so on the anchor date the layer is worth exactly its net and each leg its own fill.
 */
import { type SpxSurface } from '../analytics';
import { solveVolOffset, type WeightedLeg } from './layer-anchor-solve';

/** A leg of the anchoring ticket with its own fill. */
export interface PricedWeightedLeg extends WeightedLeg {
  legId: number;
  side: 'long' | 'short';
  /** The leg's own fill, points per contract (unsigned premium). */
  fillPoints: number;
}

/** How one leg's fill sits against the model on the anchor date. */
export interface LegAnchor {
  legId: number;
  kind: 'put' | 'call';
  side: 'long' | 'short';
  strike: number;
  expiration: string;
  /** The leg's own fill, points per contract. */
  fillPoints: number;
  /** The surface's price of this option with no offset, points. */
  modelPoints: number;
  /** δᵢ, decimal vol added to this leg's σ (0.014 = filled 1.4 vol points richer than the model). */
  volOffset: number;
  /** Premium no vol offset reaches, points per contract (fill − model at δᵢ; 0 when δᵢ reaches it). */
  priceOffsetPoints: number;
}

/** δᵢ for every priced leg (see the module comment). */
export function solveLegAnchors(surface: SpxSurface, legs: readonly PricedWeightedLeg[], asOf: string): LegAnchor[] {
  return legs.map((leg) => {
    // Weight −1: the solver's "price as the trader quotes it" (−Σ w·price) is then this option's premium.
    const solved = solveVolOffset(surface, [{ kind: leg.kind, strike: leg.strike, expiration: leg.expiration, weight: -1 }], asOf, leg.fillPoints);
    return {
      legId: leg.legId, kind: leg.kind, side: leg.side, strike: leg.strike, expiration: leg.expiration, fillPoints: leg.fillPoints,
      modelPoints: solved.model, volOffset: solved.volOffset, priceOffsetPoints: solved.priceOffset,
    };
  });
}

/**
 * The layer's price offset per unit under per-leg anchoring: the legs' own price offsets plus the
 * gap between the ticket's net and the legs' fills (both signed as the trader quotes the layer).
 */
export function layerPriceOffset(legs: readonly PricedWeightedLeg[], anchors: readonly LegAnchor[], netPoints: number): number {
  let fromLegs = 0;
  let fills = 0;
  for (const [i, leg] of legs.entries()) {
    fromLegs -= leg.weight * (anchors[i]?.priceOffsetPoints ?? 0);
    fills -= leg.weight * leg.fillPoints;
  }
  const total = fromLegs + (netPoints - fills);
  // Points are hundredths ÷ 100: a sum that should be 0 comes out as ~1e-15, which is no offset.
  return Math.abs(total) < 1e-9 ? 0 : total;
}
