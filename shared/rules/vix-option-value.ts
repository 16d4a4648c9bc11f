/**
 * The VIX option model the dashboard's VIX legs, the backtest's VIX marks and fills and the
 * `hedge-exit` prompt share: Black-76 off the model VIX forward F = θ + (VIX − θ)·e^(−κT)
 * (vixForward; θ, κ from settings), vol of vol HEDGE_VOL_OF_VOL (90%), r from settings, T =
 * calendar days / 365 — a model, not a market price. On and after expiration an option is worth
 * its intrinsic value at its settlement level (the caller supplies it).
 */
import { priceFuturesOption, SPOT_AS_FORWARD, vixForward, type VixTermStructure } from '../analytics';
import { HEDGE_VOL_OF_VOL } from './hedge-proposal';

/**
 * Black-76 value of one VIX option, points, off the model forward F = vixForward(VIX, T, curve)
 * (default curve: κ = 0, the VIX close itself); `years` ≤ 0 gives intrinsic on the VIX close
 * (settlement). A VIX at or below 0 (never in cleaned data: the engine drops non-positive closes)
 * is valued at the limit F → 0⁺ instead of throwing: a call is worthless, a put is worth its
 * discounted strike.
 */
export function vixOptionPoints(right: 'call' | 'put', vix: number, strike: number, years: number, rate: number, vol: number = HEDGE_VOL_OF_VOL, curve: VixTermStructure = SPOT_AS_FORWARD): number {
  const t = Math.max(0, years);
  if (!(vix > 0)) return right === 'call' ? 0 : strike * Math.exp(-rate * t);
  return priceFuturesOption({ kind: right, forward: vixForward(vix, t, curve), strike, years: t, rate, vol }).price;
}
