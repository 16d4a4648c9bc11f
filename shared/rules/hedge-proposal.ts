/**
 * The VIX call spread `vix-hedge` proposes, and how much of the hedge budget it uses.
 * - Expiration: the standard monthly VIX expiration nearest to 30 calendar days out.
 * - Strikes: long call at VIX × 1.10 rounded up to a whole point, short call 10 points above.
 * - Cost: Black-76 off the model VIX forward F = θ + (VIX − θ)·e^(−κT) to that expiration
 *   ({@link vixForward}; θ = vixLongRunMean, κ = vixReversionPerYear; the app stores no VIX
 *   futures, and κ = 0 prices off the spot VIX), vol of vol 90%, r from settings, multiplier 100.
 * - Funding 'premium-pot' (default, ALVH "second engine"): what is available is the hedge pot
 *   (hedge-pot.ts). Target = scale × (pot + premium still held in open hedges), where
 *   scale = clamp(0.5 + 0.05 × (threshold − (IV − RV)), 0.1, 1): half at the threshold, more
 *   when the VIX is cheap against realised vol (all of it 10 points below), less when rich (at
 *   least 10%); 0.5 without a realised vol. It buys target − held, never more than the pot.
 * - Funding 'capital-budget' (the old default): hedgeBudgetPct × risk capital × scale, where
 *   scale = 0.5 at the trigger (or when only the RSI fired) plus 0.05 per vol point that IV − RV
 *   sits below its threshold, capped at 1. Premium still held in open hedge layers counts against it.
 */
import { priceFuturesOption, vixForward, type VixTermStructure } from '../analytics';
import { nearestVixExpiration } from '../calendar';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import { contractsWithin, pctOfCents } from './sizing';
import type { VixHedgeSuggestion } from './types';

/** Calendar days to the VIX expiration sought. */
export const HEDGE_TARGET_DAYS = 30;
/** Long call strike as a multiple of the VIX. */
export const HEDGE_LONG_OTM = 1.1;
/** Width of the call spread, VIX points. */
export const HEDGE_SPREAD_POINTS = 10;
/** Vol of vol for Black-76 (VVIX-like level; the app stores no VVIX). */
export const HEDGE_VOL_OF_VOL = 0.9;
const BASE_SCALE = 0.5;
const MIN_POT_SCALE = 0.1;
const SCALE_PER_POINT = 0.05;
const VIX_MULTIPLIER = 100;

/** The VIX forward curve the settings describe (θ, κ): the hedge prompt and the backtest price VIX options off it. */
export function vixTermStructure(settings: Pick<PortfolioSettings, 'vixLongRunMean' | 'vixReversionPerYear'>): VixTermStructure {
  return { longRunMean: settings.vixLongRunMean, reversionPerYear: settings.vixReversionPerYear };
}

/** Share of the hedge budget for a spread `deficitPoints` below the IV − RV threshold (≥ 0). */
export function hedgeBudgetScale(deficitPoints: number): number {
  return Math.min(1, BASE_SCALE + SCALE_PER_POINT * Math.max(0, deficitPoints));
}

/** Pot funding: the share of what is available a hedge may use, from IV − RV (null: unknown) against the threshold. */
export function hedgePotScale(spreadPoints: number | null, thresholdPoints: number): number {
  if (spreadPoints === null) return BASE_SCALE;
  return Math.min(1, Math.max(MIN_POT_SCALE, BASE_SCALE + SCALE_PER_POINT * (thresholdPoints - spreadPoints)));
}

/** Inputs of {@link hedgeProposal}. */
export interface HedgeInputs {
  asOf: string;
  vix: number;
  deficitPoints: number;
  /** IV − RV, vol points (null when RV is unknown): sizes a pot-funded hedge. */
  spreadPoints?: number | null;
  riskCapitalCents: number;
  existingHedgeCents: number;
  /** The hedge pot, cents (pot funding). */
  potCents?: number;
  settings: PortfolioSettings;
}

/** The sized call spread; `contracts` is 0 when the budget left cannot buy one. */
export function hedgeProposal(h: HedgeInputs): VixHedgeSuggestion {
  const expiration = nearestVixExpiration(h.asOf, HEDGE_TARGET_DAYS);
  const years = Math.max(0, daysBetween(h.asOf, expiration)) / 365;
  const longStrike = Math.ceil(h.vix * HEDGE_LONG_OTM);
  const shortStrike = longStrike + HEDGE_SPREAD_POINTS;
  const forward = vixForward(h.vix, years, vixTermStructure(h.settings));
  const call = (strike: number) => priceFuturesOption({ kind: 'call', forward, strike, years, rate: h.settings.riskFreeRatePct / 100, vol: HEDGE_VOL_OF_VOL }).price;
  const costPerContractCents = Math.round((call(longStrike) - call(shortStrike)) * VIX_MULTIPLIER * 100);
  const fromPot = h.settings.hedgeFunding === 'premium-pot';
  const potCents = Math.max(0, h.potCents ?? 0);
  const budgetCents = fromPot ? potCents + h.existingHedgeCents : pctOfCents(h.settings.hedgeBudgetPct, h.riskCapitalCents);
  const budgetScale = fromPot ? hedgePotScale(h.spreadPoints ?? null, h.settings.ivRvThresholdPoints) : hedgeBudgetScale(h.deficitPoints);
  const target = Math.floor(budgetCents * budgetScale) - h.existingHedgeCents;
  const available = fromPot ? Math.min(potCents, target) : target;
  const contracts = contractsWithin(available, costPerContractCents);
  return {
    kind: 'vix-hedge',
    structure: 'call-spread',
    underlying: 'VIX',
    expiration,
    longStrikeHundredths: longStrike * 100,
    shortStrikeHundredths: shortStrike * 100,
    contracts,
    costPerContractCents,
    totalCostCents: contracts * costPerContractCents,
    budgetCents,
    budgetScale,
    existingHedgeCents: h.existingHedgeCents,
    funding: h.settings.hedgeFunding,
    volOfVol: HEDGE_VOL_OF_VOL,
    forwardPoints: forward,
  };
}
