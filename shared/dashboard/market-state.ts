/** Latest SPX/VIX closes on or before the date, realised vol, IV − RV, and the VIX/SPX beta. */
import { realizedVol, vixBetaRobust } from '../analytics';
import type { MarketBar } from '../domain/types';
import type { BetaInfo, MarketState } from './types';
import { hundredthsToPoints } from '../money';

/** Daily returns the beta regression uses (about one trading year). */
export const BETA_WINDOW = 250;
/** VIX points per +1% SPX when the stored history is too short to estimate it (a typical long-run value). */
export const DEFAULT_BETA = -0.8;
/** Fallback window when a year of common SPX/VIX closes is not stored. */
export const SHORT_BETA_WINDOW = 60;

export function lastOnOrBefore(bars: readonly MarketBar[], date: string): number {
  let lo = 0;
  let hi = bars.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((bars[mid]?.date ?? '') <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export function marketState(spx: readonly MarketBar[], vix: readonly MarketBar[], asOf: string, rvWindow: number): MarketState {
  const si = lastOnOrBefore(spx, asOf);
  const vi = lastOnOrBefore(vix, asOf);
  const spxBar = si >= 0 ? spx[si] : undefined;
  const vixBar = vi >= 0 ? vix[vi] : undefined;
  const recent = spx.slice(Math.max(0, si - rvWindow), si + 1).map((b) => hundredthsToPoints(b.closeHundredths));
  const rvSeries = recent.length > rvWindow ? realizedVol(recent, rvWindow) : [];
  const rv = rvSeries[rvSeries.length - 1] ?? null;
  const vixLevel = vixBar ? hundredthsToPoints(vixBar.closeHundredths) : null;
  return {
    spx: spxBar ? hundredthsToPoints(spxBar.closeHundredths) : null,
    spxDate: spxBar?.date ?? null,
    vix: vixLevel,
    vixDate: vixBar?.date ?? null,
    realizedVol: rv,
    ivRvSpreadPoints: rv !== null && vixLevel !== null ? vixLevel - 100 * rv : null,
  };
}

/** The last beta per SPX history array: a caller that keeps its arrays (the backend does) skips the regression. */
const betaBySpx = new WeakMap<readonly MarketBar[], { vix: readonly MarketBar[]; asOf: string; beta: BetaInfo }>();

export function betaInfo(spx: readonly MarketBar[], vix: readonly MarketBar[], asOf: string): BetaInfo {
  const kept = betaBySpx.get(spx);
  if (kept && kept.vix === vix && kept.asOf === asOf) return kept.beta;
  const beta = regressBeta(spx, vix, asOf);
  betaBySpx.set(spx, { vix, asOf, beta });
  return beta;
}

function regressBeta(spx: readonly MarketBar[], vix: readonly MarketBar[], asOf: string): BetaInfo {
  // Only the tail matters; slicing keeps the regression's date join small on a 36-year history.
  const tail = (bars: readonly MarketBar[]) => bars
    .slice(Math.max(0, lastOnOrBefore(bars, asOf) - BETA_WINDOW - 40), lastOnOrBefore(bars, asOf) + 1)
    .map((b) => ({ date: b.date, close: hundredthsToPoints(b.closeHundredths) }));
  const spxTail = tail(spx);
  const vixTail = tail(vix);
  // A shorter window beats a made-up default when only a few months are stored.
  const estimate = vixBetaRobust(spxTail, vixTail, BETA_WINDOW, asOf) ?? vixBetaRobust(spxTail, vixTail, SHORT_BETA_WINDOW, asOf);
  const fallback = { beta: DEFAULT_BETA, rSquared: null, n: 0, startDate: null, endDate: null, source: 'default', estimator: 'theil-sen', betaLow: null, betaHigh: null, outliers: 0 } as const;
  if (!estimate) return { ...fallback, reason: `fewer than ${SHORT_BETA_WINDOW + 1} common SPX/VIX closes on trading days up to ${asOf}` };
  const window = { n: estimate.n, startDate: estimate.startDate, endDate: estimate.endDate, rSquared: estimate.rSquared, betaLow: estimate.betaLow, betaHigh: estimate.betaHigh, outliers: estimate.outliers };
  // A 95% interval that spans 0 means the stored closes show no VIX/SPX relation: say so rather than draw β ≈ 0.
  if (estimate.betaLow <= 0 && estimate.betaHigh >= 0) return { ...fallback, ...window, reason: `its 95% interval ${estimate.betaLow.toFixed(2)} … ${estimate.betaHigh.toFixed(2)} includes 0 (are the stored closes right?)` };
  return { beta: estimate.beta, source: 'regression', estimator: 'theil-sen', reason: null, ...window };
}
