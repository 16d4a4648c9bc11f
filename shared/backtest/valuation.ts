/**
 * Model values of the simulated legs on one day:
 * - SPX/SPXW options: Black–Scholes–Merton through the rules engine's own pricer
 *   (σ = VIX/100 + skew setting, r and q from settings, calendar days / 365), so a fill and
 *   the engine's "cost to close" are the same number;
 * - VIX options: Black-76 with the VIX close as a **proxy forward** (no VIX futures are
 *   stored) and the engine's vol of vol (HEDGE_VOL_OF_VOL) — a model, not a market price.
 * On and after expiration every leg is worth its intrinsic value at that day's close.
 */
import { priceFuturesOption } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Leg } from '../domain/types';
import { HEDGE_VOL_OF_VOL } from '../rules/hedge-proposal';
import { pricingEnv, valueOption, yearsTo, type PricingEnv } from '../rules/pricing';

/** The closes of one simulated day, points. */
export interface MarketDay {
  date: string;
  spx: number;
  vix: number;
}

/** What the pricer needs for one day, built once per day. */
export interface DayPricer {
  day: MarketDay;
  env: PricingEnv;
  rate: number;
}

export function dayPricer(day: MarketDay, settings: PortfolioSettings): DayPricer {
  return { day, env: pricingEnv(day.date, day.spx, day.vix, settings), rate: settings.riskFreeRatePct / 100 };
}

/** Model value of one contract of `leg`, points (always ≥ 0; the side is in the contract sign). */
export function legValuePoints(pricer: DayPricer, leg: Leg): number {
  if (leg.right === null || leg.strikeHundredths === null || leg.expiration === null) return 0;
  const strike = leg.strikeHundredths / 100;
  if (leg.underlying === 'VIX') {
    const years = Math.max(0, daysBetween(pricer.day.date, leg.expiration)) / 365;
    return priceFuturesOption({ kind: leg.right, forward: pricer.day.vix, strike, years, rate: pricer.rate, vol: HEDGE_VOL_OF_VOL }).price;
  }
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
