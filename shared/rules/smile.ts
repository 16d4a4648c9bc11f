/**
 * The SPX surface for a date's closes under a portfolio's settings, and plain quotes off it
 * (the `alvh quote` CLI and the layer page's smile). See shared/analytics/spx-surface.ts.
 */
import { priceOnSurface, type SpxSurface, spxSurface } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import { vixTermStructure } from './hedge-proposal';

type SmileSettings = Pick<PortfolioSettings, 'riskFreeRatePct' | 'dividendYieldPct' | 'smileRho' | 'smileEta' | 'smileGamma' | 'vixLongRunMean' | 'vixReversionPerYear'>;

/** The calibrated surface for SPX and VIX closes (points) under these settings. */
export function surfaceFor(spot: number, vix: number, settings: SmileSettings): SpxSurface {
  return spxSurface({
    spot, vix, rate: settings.riskFreeRatePct / 100, dividendYield: settings.dividendYieldPct / 100,
    shape: { rho: settings.smileRho, eta: settings.smileEta, gamma: settings.smileGamma },
    vixCurve: vixTermStructure(settings),
  });
}

/** One side of a quote: price in points, implied vol as a decimal, delta per unit of SPX. */
export interface QuoteSide {
  price: number;
  iv: number;
  delta: number;
}

export interface StrikeQuote {
  strike: number;
  put: QuoteSide;
  call: QuoteSide;
}

/** Years from `asOf` to `expiration` in calendar days / 365 (0 on and after it). */
export function yearsBetween(asOf: string, expiration: string): number {
  return Math.max(0, daysBetween(asOf, expiration)) / 365;
}

/** Model put and call at each strike on the surface (no layer anchoring). */
export function quoteStrikes(surface: SpxSurface, years: number, strikes: readonly number[]): StrikeQuote[] {
  const side = (kind: 'put' | 'call', strike: number): QuoteSide => {
    const v = priceOnSurface(surface, kind, strike, years);
    return { price: v.price, iv: v.vol, delta: v.delta };
  };
  return strikes.map((strike) => ({ strike, put: side('put', strike), call: side('call', strike) }));
}

/** The `market/quote` result: the closes used and the quotes. */
export interface MarketQuote {
  date: string;
  expiration: string;
  /** SPX and VIX closes of `date`, points. */
  spx: number;
  vix: number;
  /** Calendar days / 365 to the expiration. */
  years: number;
  quotes: StrikeQuote[];
}
