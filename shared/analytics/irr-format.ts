/**
 * How an annual IRR reads on screen. XIRR solves down to r = −100% (1 + r → 0); a rate that
 * close to −100% (the whole stake lost, quickly) reads "≈ −100%" rather than a long string of
 * nines, and never "undefined" when the flows change sign.
 */

/** Rates at or below this read "≈ −100%" (1 + r < 0.00005). */
export const NEAR_TOTAL_LOSS = -0.99995;

/** An annual rate (decimal) as percent text with `digits` decimals; "≈ −100%" near total loss. */
export function formatIrr(rate: number, digits = 1): string {
  if (rate <= NEAR_TOTAL_LOSS) return '≈ −100%';
  return `${(rate * 100).toFixed(digits).replace('-', '−')}%`;
}
