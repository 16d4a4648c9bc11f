/**
 * Turns a stored layer into the analytics engine's position legs, and values it.
 * σ per SPX option: the layer's VIX/100 plus the put-skew setting (extra vol points per 10%
 * the strike sits below spot); VIX legs use the vol-of-vol default.
 */
import { createPayoffModel, type MarketModel, type PositionLeg } from '../analytics';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Leg } from '../domain/types';

/** σ of VIX options when no other is known (decimal); documented in docs/analytics.md. */
export const DEFAULT_VOL_OF_VOL = 0.9;

export function skewedVol(vixPoints: number, strike: number, spot: number, settings: Pick<PortfolioSettings, 'skewPointsPer10Pct'>): number {
  const belowPct = Math.max(0, (spot - strike) / spot) * 100;
  return (vixPoints + (settings.skewPointsPer10Pct * belowPct) / 10) / 100;
}

/** The layer's open legs as position legs (quantity = open signed contracts). */
export function positionLegs(layer: LayerDetail, spot: number, vix: number, settings: PortfolioSettings): PositionLeg[] {
  const legs: PositionLeg[] = [];
  for (const leg of layer.legs) {
    const quantity = layer.openContracts[leg.id] ?? 0;
    if (quantity !== 0) legs.push(toPositionLeg(leg, quantity, layer, spot, vix, settings));
  }
  return legs;
}

function toPositionLeg(leg: Leg, quantity: number, layer: LayerDetail, spot: number, vix: number, settings: PortfolioSettings): PositionLeg {
  const onVix = leg.underlying === 'VIX' || leg.underlying === 'VX' || leg.underlying === 'ETF';
  const expiration = leg.expiration ?? undefined;
  if (leg.instrument === 'option') {
    const strike = (leg.strikeHundredths ?? 0) / 100;
    return {
      kind: leg.right === 'put' ? 'put' : 'call', underlying: onVix ? 'VIX' : 'SPX', strike, expiration, quantity, multiplier: leg.multiplier,
      vol: onVix ? DEFAULT_VOL_OF_VOL : skewedVol(vix, strike, spot, settings),
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
