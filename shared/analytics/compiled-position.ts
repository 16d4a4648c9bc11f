/**
 * Turns legs + market + valuation date into flat, pre-computed terms so the payoff
 * and Greeks loops do only the per-price work (one log per price, two CDFs per option).
 * Identical options (same right, underlying, strike, time and σ) are merged by adding
 * their signed weights, so offsetting legs across layers cost nothing.
 */
import { isoDayNumber, yearsFromDays } from './day-count';
import { type MarketModel, type PositionLeg, validateLeg, validateMarket } from './position';
import { requireFinite } from './validate';
import { SPOT_AS_FORWARD, vixForwardWeights } from './vix-forward';

/** One (merged) option term. Value in dollars = weight × option price in points. */
export interface OptionTerm {
  /** Σ quantity × multiplier: dollars per point of option value. */
  weight: number;
  /** +1 call, −1 put. */
  sign: 1 | -1;
  onVix: boolean;
  strike: number;
  lnStrike: number;
  /** Years to expiry = max(0, calendar days) / 365. */
  years: number;
  vol: number;
  rate: number;
  /** Carry q: the dividend yield for SPX (BSM), r for VIX (Black-76 on the projected level). */
  carry: number;
  /** σ√T; 0 means "worth its (discounted forward) intrinsic value". */
  sd: number;
  /** (r − q + σ²/2)·T, so d1 = (ln X − ln K + drift) / sd. */
  drift: number;
  dfCarry: number;
  dfRate: number;
  /** VIX options: the forward is forwardSlope × VIX(S) + forwardIntercept (1 and 0 for SPX, or κ = 0). */
  forwardSlope: number;
  forwardIntercept: number;
}

export interface CompiledPosition {
  options: OptionTerm[];
  /** Dollars per SPX point from futures and shares on SPX (futures carry e^((r−q)T) before expiry). */
  spxLinear: number;
  /** ∂(spxLinear)/∂t per year (× S for dollars per year): SPX futures decay toward spot, −(r−q)·w·e^((r−q)T). */
  spxLinearThetaPerYear: number;
  /** Dollars per VIX point from VIX futures (× their forward slope e^(−κT)) and VIX shares (valued at the projected level). */
  vixLinear: number;
  /** Dollars from the VIX futures' forward intercepts θ·(1 − e^(−κT)), independent of S. */
  vixConstant: number;
  /** ∂(VIX futures value)/∂t per year = vixThetaSlope × VIX(S) + vixThetaConstant (the forward rolling toward spot: κ·e^(−κT)·(VIX − θ)). */
  vixThetaSlope: number;
  vixThetaConstant: number;
  /** Realised cash, dollars. */
  cash: number;
  market: MarketModel;
}

/** Validates and compiles a position for one valuation date. */
export function compilePosition(where: string, legs: readonly PositionLeg[], realizedCash: number, valuationDate: string, market: MarketModel): CompiledPosition {
  validateMarket(where, market);
  requireFinite(where, 'realizedCash', realizedCash);
  const valuationDay = isoDayNumber(valuationDate, `${where}: valuationDate`);
  const shift = (market.volShiftPoints ?? 0) / 100;
  const merged: OptionTerm[] = [];
  let spxLinear = 0;
  let spxLinearThetaPerYear = 0;
  let vixLinear = 0;
  let vixConstant = 0;
  let vixThetaSlope = 0;
  let vixThetaConstant = 0;
  const curve = market.vixCurve ?? SPOT_AS_FORWARD;

  legs.forEach((leg, index) => {
    validateLeg(where, leg, index);
    const weight = leg.quantity * leg.multiplier;
    const onVix = leg.underlying === 'VIX';
    const days = leg.expiration === undefined ? 0 : isoDayNumber(leg.expiration, where) - valuationDay; // calendar days
    const years = yearsFromDays(days);
    if (leg.kind === 'future' || leg.kind === 'share') {
      // An SPX future is worth S·e^((r−q)T); a VIX future its model forward θ + (VIX(S) − θ)·e^(−κT);
      // a VIX-tracking share the projected VIX.
      if (onVix && leg.kind === 'future') {
        const { slope, intercept } = vixForwardWeights(years, curve);
        vixLinear += weight * slope;
        vixConstant += weight * intercept;
        if (years > 0) {
          vixThetaSlope += weight * curve.reversionPerYear * slope;
          vixThetaConstant -= weight * curve.reversionPerYear * slope * curve.longRunMean;
        }
      } else if (onVix) {
        vixLinear += weight;
      } else if (leg.kind === 'share') {
        spxLinear += weight;
      } else {
        const carry = market.rate - market.dividendYield;
        const growth = Math.exp(carry * years);
        spxLinear += weight * growth;
        if (years > 0) spxLinearThetaPerYear -= weight * carry * growth;
      }
      return;
    }
    const vol = onVix ? (leg.vol ?? market.vixVol) : Math.max(0, (leg.vol ?? market.spxVol) + shift);
    const strike = leg.strike ?? 0;
    const sign = leg.kind === 'call' ? 1 : -1;
    const existing = findTerm(merged, sign, onVix, strike, years, vol);
    if (existing) {
      existing.weight += weight;
      return;
    }
    const carry = onVix ? market.rate : market.dividendYield;
    const sd = vol * Math.sqrt(years);
    const forward = onVix ? vixForwardWeights(years, curve) : { slope: 1, intercept: 0 };
    merged.push({
      weight,
      sign,
      onVix,
      strike,
      lnStrike: Math.log(strike),
      years,
      vol,
      rate: market.rate,
      carry,
      sd,
      drift: (market.rate - carry + 0.5 * vol * vol) * years,
      dfCarry: Math.exp(-carry * years),
      dfRate: Math.exp(-market.rate * years),
      forwardSlope: forward.slope,
      forwardIntercept: forward.intercept,
    });
  });

  const options = merged.filter((o) => o.weight !== 0);
  return { options, spxLinear, spxLinearThetaPerYear, vixLinear, vixConstant, vixThetaSlope, vixThetaConstant, cash: realizedCash, market };
}

/**
 * The term already compiled for the same right, underlying, strike, time and σ, if any: a scan,
 * as a position has a few dozen terms, and comparing numbers costs less than formatting them into
 * a key. `===` merges the same values a text key did (finite numbers; 0 and −0 alike).
 */
function findTerm(terms: readonly OptionTerm[], sign: 1 | -1, onVix: boolean, strike: number, years: number, vol: number): OptionTerm | undefined {
  for (const t of terms) if (t.strike === strike && t.sign === sign && t.years === years && t.vol === vol && t.onVix === onVix) return t;
  return undefined;
}
