/**
 * A new iron condor to propose: expiration ~N calendar days out among the expirations Cboe
 * listed on that date (shared/calendar spx-expirations: monthlies only before 2005-11, then
 * weeklies, then daily; never closer than lateDte + 8 days), short strikes at the target |delta| under σ = VIX/100 (+ skew), rounded on the
 * 5-point grid away from spot (so the short delta never exceeds the target), wings of the
 * given width rounded up to the grid, credit and risk from the same model.
 */
import { spxExpirationFor, type SpxExpiration } from '../calendar';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerRole } from '../domain/types';
import { gridStrikeAtDelta, valueOption, yearsTo, type PricingEnv } from './pricing';
import { contractsFor, pctOfCents } from './sizing';
import type { CondorProposal, OpenCondorSuggestion } from './types';

/** SPX strike grid, hundredths (5 points). */
export const STRIKE_GRID_HUNDREDTHS = 500;
const MULTIPLIER = 100;

/** Rounds a width up to the strike grid, hundredths. */
export function wingOnGrid(widthHundredths: number): number {
  return Math.max(STRIKE_GRID_HUNDREDTHS, Math.ceil(widthHundredths / STRIKE_GRID_HUNDREDTHS - 1e-9) * STRIKE_GRID_HUNDREDTHS);
}

/**
 * The expiration ~`dte` calendar days after asOf that was listed on asOf: the latest one on or
 * before the target (with daily expirations, that date or the trading day before it), else the
 * first after it when that would leave fewer than `minDays` days.
 */
export function expirationFor(asOf: string, dte: number, minDays = 1): SpxExpiration {
  return spxExpirationFor(asOf, dte, minDays);
}

/**
 * The fewest calendar days a new condor may have: lateDte + 8, so it is held at least a week
 * before the late-DTE exit (with monthlies only, a "30 DTE" layer would otherwise often open
 * 22 days out and be closed the next week). With daily expirations the defaults never reach it.
 */
export function minDaysToExpiration(settings: Pick<PortfolioSettings, 'lateDte'>): number {
  return settings.lateDte + 8;
}

/** The base layer's wing, hundredths: wingWidthPctOfSpot % of spot (or the fixed wingWidthPoints when 0), before the grid. */
export function baseWingHundredths(settings: Pick<PortfolioSettings, 'wingWidthPctOfSpot' | 'wingWidthPoints'>, spot: number): number {
  return settings.wingWidthPctOfSpot > 0 ? Math.round(spot * settings.wingWidthPctOfSpot) : Math.round(settings.wingWidthPoints * 100);
}

/** Model condor for `dte` days and wings of `wingHundredths`; quantity left at 0 for the caller to size. */
export function proposeCondor(env: PricingEnv, settings: PortfolioSettings, dte: number, wingHundredths: number): CondorProposal {
  const { date: expiration, root } = expirationFor(env.asOf, dte, minDaysToExpiration(settings));
  const years = yearsTo(env, expiration);
  const target = settings.targetShortDelta;
  const grid = STRIKE_GRID_HUNDREDTHS;
  const putShort = gridStrikeAtDelta(env, 'put', years, target, grid);
  let callShort = gridStrikeAtDelta(env, 'call', years, target, grid);
  if (callShort <= putShort) callShort = putShort + grid;
  const wing = wingOnGrid(wingHundredths);
  const strikes = { putLong: putShort - wing, putShort, callShort, callLong: callShort + wing };
  const value = (kind: 'put' | 'call', k: number) => valueOption(env, kind, k / 100, years);
  const shortPut = value('put', strikes.putShort);
  const shortCall = value('call', strikes.callShort);
  const creditPoints = shortPut.price + shortCall.price - value('put', strikes.putLong).price - value('call', strikes.callLong).price;
  const creditHundredths = Math.max(0, Math.round(creditPoints * 100));
  const maxLossPerContractCents = (wing - creditHundredths) * MULTIPLIER;
  const marginPerContractCents = (wing - (settings.marginCreditsPremium ? creditHundredths : 0)) * MULTIPLIER;
  return {
    underlying: root,
    expiration,
    dte: daysBetween(env.asOf, expiration),
    strikes,
    wingWidthHundredths: wing,
    shortPutDelta: Math.abs(shortPut.delta),
    shortCallDelta: Math.abs(shortCall.delta),
    creditHundredths,
    maxLossPerContractCents,
    marginPerContractCents,
    riskPerContractCents: settings.riskBasis === 'margin' ? marginPerContractCents : maxLossPerContractCents,
    quantity: 0,
  };
}

/** An open-condor suggestion sized at slot `slotIndex` of the allocation schedule (0 contracts when there is no such slot). */
export function openCondorForSlot(
  env: PricingEnv,
  settings: PortfolioSettings,
  riskCapitalCents: number,
  role: LayerRole,
  slotIndex: number,
  dte: number,
  wingHundredths: number,
): OpenCondorSuggestion {
  const proposal = proposeCondor(env, settings, dte, wingHundredths);
  const slotPct = settings.allocationPct[slotIndex] ?? 0;
  return {
    kind: 'open-condor',
    ...proposal,
    role,
    slotIndex,
    slotPct,
    budgetCents: pctOfCents(slotPct, riskCapitalCents),
    quantity: contractsFor(slotPct, riskCapitalCents, proposal.riskPerContractCents),
  };
}
