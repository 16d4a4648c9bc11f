/** Implied minus realised volatility, the ALVH hedge-sizing signal. */
import { requireFinite, requireNonNegative } from './validate';

/**
 * IV − RV spread in vol points: VIX − 100 × RV20, where RV20 is the 20-day realised vol
 * of SPX as a decimal (see {@link realizedVol}). Negative means realised vol exceeds what
 * options imply — the `vix-hedge` rule's trigger (ALVH.md). Vol points.
 * Throws for a non-finite VIX or a negative/non-finite RV.
 */
export function ivRvSpread(vix: number, rv20: number): number {
  requireFinite('ivRvSpread', 'vix', vix);
  requireNonNegative('ivRvSpread', 'rv20', rv20);
  return vix - 100 * rv20;
}
