/**
 * Model values of the simulated legs on one day:
 * - SPX/SPXW options: Black–Scholes–Merton on the SPX smile pinned to the VIX close, through the
 *   rules engine's own pricer (rules/pricing.ts, the surface of day-surface.ts; r and q from
 *   settings, calendar days / 365), so a fill and the engine's "cost to close" are the same number;
 * - VIX options: Black-76 off the **model VIX forward** F = θ + (VIX − θ)·e^(−κT) to the leg's
 *   expiration (vixForward; θ, κ from settings, the same curve the vix-hedge prompt prices off;
 *   no VIX futures are stored) and the engine's vol of vol (HEDGE_VOL_OF_VOL) — a model, not a
 *   market price. κ = 0 prices off the VIX close itself.
 * On and after expiration every leg is worth its intrinsic value at its settlement price
 * ({@link settlementPoints}): SPXW at the SPX close, the AM-settled SPX monthly at the SPX OPEN,
 * VIX options at the VIX OPEN of the day (ALVH.md "Payoff"; the close when no open is known).
 */
import type { SpxSurface, VixTermStructure } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Leg } from '../domain/types';
import { HEDGE_VOL_OF_VOL, vixTermStructure } from '../rules/hedge-proposal';
import { pricingEnv, valueOption, yearsTo, type PricingEnv } from '../rules/pricing';
import { vixOptionPoints } from '../rules/vix-option-value';
import { hundredthsToPoints } from '../money';

/** The closes of one simulated day, points (opens when the bars carry them), and the VIX RSI of that close. */
export interface MarketDay {
  date: string;
  spx: number;
  vix: number;
  spxOpen?: number | null;
  vixOpen?: number | null;
  vixRsi?: number | null;
  /** The day's SPX smile (day-surface.ts); absent = the app's exact surface is built. */
  surface?: SpxSurface;
}

/** What the pricer needs for one day, built once per day. */
export interface DayPricer {
  day: MarketDay;
  env: PricingEnv;
  rate: number;
  /** The VIX forward curve (θ, κ) of the settings. */
  vixCurve: VixTermStructure;
}

export function dayPricer(day: MarketDay, settings: PortfolioSettings): DayPricer {
  const env = pricingEnv(day.date, day.spx, day.vix, settings, day.surface);
  return { day, env, rate: settings.riskFreeRatePct / 100, vixCurve: vixTermStructure(settings) };
}

/** The VIX option model (rules/vix-option-value.ts), shared with the app's hedge-exit prompt. */
export { vixOptionPoints };

/** The level a leg expiring on the pricer's day settles at: SPX → SPX OPEN, SPXW → SPX close, VIX → VIX OPEN (close when no open). */
export function settlementLevel(day: MarketDay, underlying: string): number {
  if (underlying === 'VIX') return day.vixOpen ?? day.vix;
  if (underlying === 'SPX') return day.spxOpen ?? day.spx;
  return day.spx;
}

/** Intrinsic value of one contract at settlement, points. */
export function settlementPoints(day: MarketDay, leg: Leg): number {
  if (leg.right === null || leg.strikeHundredths === null) return 0;
  const level = settlementLevel(day, leg.underlying);
  const strike = hundredthsToPoints(leg.strikeHundredths);
  return Math.max(0, leg.right === 'call' ? level - strike : strike - level);
}

/** Model value of one contract of `leg`, points (always ≥ 0; the side is in the contract sign); at or after expiration, its settlement value. */
export function legValuePoints(pricer: DayPricer, leg: Leg): number {
  if (leg.right === null || leg.strikeHundredths === null || leg.expiration === null) return 0;
  if (leg.expiration <= pricer.day.date) return settlementPoints(pricer.day, leg);
  const strike = hundredthsToPoints(leg.strikeHundredths);
  if (leg.underlying === 'VIX') return vixOptionPoints(leg.right, pricer.day.vix, strike, daysBetween(pricer.day.date, leg.expiration) / 365, pricer.rate, HEDGE_VOL_OF_VOL, pricer.vixCurve);
  return valueOption(pricer.env, leg.right, strike, yearsTo(pricer.env, leg.expiration)).price;
}

/** Liquidation value of a layer's open legs at model mid, cents (+ asset, − liability). */
export function layerValueCents(pricer: DayPricer, layer: LayerDetail): number {
  let points = 0;
  for (const leg of layer.legs) {
    const contracts = layer.openContracts[leg.id] ?? 0;
    if (contracts !== 0) points += contracts * legValuePoints(pricer, leg) * leg.multiplier;
  }
  return Math.round(points * 100);
}

/** Model cost to close one unit, hundredths (+ debit), rounded like the engine's. */
export function closeCostHundredths(pricer: DayPricer, layer: LayerDetail): number {
  if (layer.openQuantity === 0) return 0;
  let points = 0;
  for (const leg of layer.legs) {
    const contracts = layer.openContracts[leg.id] ?? 0;
    if (contracts !== 0) points += contracts * legValuePoints(pricer, leg);
  }
  return Math.round((-points / layer.openQuantity) * 100) + 0; // + 0 turns −0 into 0
}
