/**
 * Per-condor figures shown while typing (ALVH.md, "Per iron condor"), all exact integers:
 * max profit = credit × 100 × qty; max loss = (wider wing − credit) × 100 × qty;
 * break-evens K2 − credit and K3 + credit; margin = wider wing × 100 × qty.
 * Prices are hundredths of a point, so hundredths × 100 × qty is cents.
 */
import { ticketCashCents } from '../../../shared/money';
import type { StrikeKey } from './condor-core';

export const SPX_MULTIPLIER = 100;

export interface CondorMetrics {
  putWingHundredths: number | null;
  callWingHundredths: number | null;
  widerWingHundredths: number | null;
  creditPerCondorCents: number | null;
  maxProfitCents: number | null;
  maxLossCents: number | null;
  breakEvenLowHundredths: number | null;
  breakEvenHighHundredths: number | null;
  marginCents: number | null;
}

const diff = (high: number | undefined, low: number | undefined) => (high !== undefined && low !== undefined && high > low ? high - low : null);

/** Whatever can be computed from the fields typed so far; the rest is null. */
export function condorMetrics(strikes: Partial<Record<StrikeKey, number>>, creditHundredths: number | null, quantity: number | null): CondorMetrics {
  const putWing = diff(strikes.putShort, strikes.putLong);
  const callWing = diff(strikes.callLong, strikes.callShort);
  const wider = putWing !== null && callWing !== null ? Math.max(putWing, callWing) : null;
  const credit = creditHundredths;
  const total = (hundredths: number | null) => (hundredths !== null && quantity !== null ? ticketCashCents(hundredths, SPX_MULTIPLIER, quantity) : null);
  return {
    putWingHundredths: putWing,
    callWingHundredths: callWing,
    widerWingHundredths: wider,
    creditPerCondorCents: credit === null ? null : ticketCashCents(credit, SPX_MULTIPLIER, 1),
    maxProfitCents: total(credit),
    maxLossCents: wider !== null && credit !== null ? total(wider - credit) : null,
    breakEvenLowHundredths: strikes.putShort !== undefined && credit !== null ? strikes.putShort - credit : null,
    breakEvenHighHundredths: strikes.callShort !== undefined && credit !== null ? strikes.callShort + credit : null,
    marginCents: total(wider),
  };
}
