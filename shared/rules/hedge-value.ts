/**
 * Model value of an open VIX hedge layer on the evaluation date: Σ open contracts × Black-76 value
 * of each VIX option (vix-option-value.ts: off the model VIX forward, vol of vol 90%, r from
 * settings, T = calendar days / 365) × multiplier — the model the dashboard values VIX legs with
 * at the current SPX, and the one the backtest marks its hedges with.
 */
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import { HEDGE_VOL_OF_VOL, vixTermStructure } from './hedge-proposal';
import type { HedgeLayerView } from './portfolio-view';
import { vixOptionPoints } from './vix-option-value';

/** The hedge's value, cents (+ asset), or the reason it cannot be valued. */
export type HedgeValue = { ok: true; valueCents: number } | { ok: false; message: string };

/**
 * Liquidation value of the hedge's open legs at the VIX close `vix` on `asOf`, cents (rounded).
 * Only VIX options can be valued: a VIX future or ETF leg makes the value unknown.
 */
export function hedgeValueCents(hedge: Pick<HedgeLayerView, 'id' | 'liveLegs'>, vix: number, asOf: string, settings: PortfolioSettings): HedgeValue {
  const curve = vixTermStructure(settings);
  const rate = settings.riskFreeRatePct / 100;
  let points = 0;
  for (const { leg, contracts } of hedge.liveLegs) {
    if (leg.instrument !== 'option' || leg.underlying !== 'VIX' || leg.right === null || leg.strikeHundredths === null || leg.expiration === null) {
      return { ok: false, message: `hedge layer #${hedge.id} holds a leg the VIX option model cannot value (${leg.instrument} on ${leg.underlying})` };
    }
    const years = Math.max(0, daysBetween(asOf, leg.expiration)) / 365;
    points += contracts * vixOptionPoints(leg.right, vix, leg.strikeHundredths / 100, years, rate, HEDGE_VOL_OF_VOL, curve) * leg.multiplier;
  }
  return { ok: true, valueCents: Math.round(points * 100) };
}
