/** Cost of the capital behind the layers' margin (ALVH.md "WACC in options terms"). */
import { requireFinite, requireNonNegative } from './validate';

/** One block of capital: how much, for how long, at what cost. */
export interface CapitalSource {
  /** E.g. "own cash", "margin loan", "recycled premium". */
  label?: string;
  /** Dollars committed (≥ 0). */
  capital: number;
  /** Calendar days the capital was committed (≥ 0). */
  days: number;
  /** Annual cost rate as a decimal (opportunity rate, loan rate, …). */
  rate: number;
}

/** A funding share: which fraction of a layer's margin a source pays for, at what rate. */
export interface FundingShare {
  label: string;
  /** Fraction of the margin, 0…1; the shares of one layer should sum to 1. */
  share: number;
  rate: number;
}

/**
 * Capital-and-time-weighted cost of capital:
 *   WACC = Σ (capitalᵢ × daysᵢ × rateᵢ) / Σ (capitalᵢ × daysᵢ)
 * An annual rate (decimal) in the sources' own convention (simple annual rates).
 * Throws when nothing was committed (Σ capital × days = 0) or an input is invalid.
 */
export function wacc(sources: readonly CapitalSource[]): number {
  let weighted = 0;
  let exposure = 0;
  sources.forEach((s, i) => {
    // Messages are built only on failure: a long journal passes thousands of sources.
    if (!(typeof s.capital === 'number' && typeof s.days === 'number' && s.capital >= 0 && s.days >= 0 && Number.isFinite(s.capital) && Number.isFinite(s.days) && Number.isFinite(s.rate))) {
      requireNonNegative('wacc', `sources[${i}].capital`, s.capital);
      requireNonNegative('wacc', `sources[${i}].days`, s.days);
      requireFinite('wacc', `sources[${i}].rate`, s.rate);
    }
    weighted += s.capital * s.days * s.rate;
    exposure += s.capital * s.days;
  });
  if (exposure === 0) throw new Error('wacc: undefined — no capital was committed for any days');
  return weighted / exposure;
}

/**
 * Splits one layer's margin (dollars, held for `days` calendar days) across funding shares,
 * e.g. 70% own cash at 4.5%, 30% margin loan at 8%. Throws when a share is outside 0…1 or
 * the shares do not sum to 1 (±1e-9).
 */
export function fundMargin(margin: number, days: number, shares: readonly FundingShare[]): CapitalSource[] {
  requireNonNegative('fundMargin', 'margin', margin);
  requireNonNegative('fundMargin', 'days', days);
  let total = 0;
  for (const s of shares) {
    if (!(s.share >= 0 && s.share <= 1)) throw new Error(`fundMargin: share of ${s.label} must be between 0 and 1 (got ${s.share})`);
    requireFinite('fundMargin', `rate of ${s.label}`, s.rate);
    total += s.share;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error(`fundMargin: funding shares must sum to 1 (got ${total})`);
  return shares.map((s) => ({ label: s.label, capital: margin * s.share, days, rate: s.rate }));
}

/**
 * The spread the layering earns over what its capital costs: IRR − WACC (decimals per year,
 * 0.12 − 0.05 = 0.07 = 7 points). IRR compounds annually (XIRR) while WACC averages the
 * sources' quoted rates; at these magnitudes the difference of conventions is small.
 */
export function irrMinusWacc(irr: number, waccRate: number): number {
  requireFinite('irrMinusWacc', 'irr', irr);
  requireFinite('irrMinusWacc', 'wacc', waccRate);
  return irr - waccRate;
}
