/**
 * Theil–Sen line fit, robust to a few bad points (breakdown 29%: up to 29% of the rows may be
 * arbitrary without moving the slope without bound), with Sen's distribution-free confidence
 * interval for the slope.
 *
 *   slope β = median of the pairwise slopes (yⱼ − yᵢ)/(xⱼ − xᵢ) over i < j with xⱼ ≠ xᵢ (N slopes)
 *   intercept α = median(yᵢ − β xᵢ)
 *   95% CI of β: the slopes of ranks ⌊(N − C)/2⌋ and ⌈(N + C)/2⌉ + 1 (1-based, sorted), with
 *   C = z₀.₉₇₅ √(n(n − 1)(2n + 5)/18), z₀.₉₇₅ = 1.959964 (Sen 1968, JASA 63:1379; Hollander &
 *   Wolfe, Nonparametric Statistical Methods, §9.4; ties in x are not corrected for).
 *   Outliers: residuals eᵢ = yᵢ − α − β xᵢ further than 3 robust σ from their median
 *   (σ = 1.4826 × median absolute deviation). r² = 1 − Σe² / Σ(y − ȳ)² over the other rows.
 * O(n²): 250 rows → 31,125 slopes; the three order statistics (median and the two CI ranks) are
 * picked from a sample-bracketed band of the slopes (pairwise-slopes.ts), not by sorting every
 * slope — the same values a sort gives, in a fraction of the time (the dashboard regresses on
 * every as-of date).
 */
import { pairwiseSlopeRanks } from './pairwise-slopes';


export interface TheilSenFit {
  slope: number;
  intercept: number;
  /** 95% confidence interval of the slope. */
  slopeLow: number;
  slopeHigh: number;
  /** Of the fit on the rows that are not outliers, 0…1. */
  rSquared: number;
  /** Rows fitted (n) and those set aside as outliers for r². */
  n: number;
  outliers: number;
}

const Z_975 = 1.959964;
const MAD_TO_SIGMA = 1.4826;
const OUTLIER_SIGMAS = 3;

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * Ascending order for Array#sort: the same answers as a − b for every pair (0 for equal numbers,
 * ±0, two infinities of one sign and NaN), so the same sorted arrays, but as small integers that
 * the engine need not allocate the way it boxes a difference of doubles.
 */
const ascending = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

/** 0-based ranks among `count` sorted slopes: the median's one or two, then the interval's. */
function slopeRanks(n: number, count: number): number[] {
  const c = Z_975 * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lowRank = Math.max(1, Math.floor((count - c) / 2));
  const highRank = Math.min(count, Math.ceil((count + c) / 2) + 1);
  const mid = count >> 1;
  return count % 2 === 1 ? [mid, lowRank - 1, highRank - 1] : [mid - 1, mid, lowRank - 1, highRank - 1];
}

/** The fit, or null with fewer than 3 points or when every x is the same. */
export function theilSen(xs: readonly number[], ys: readonly number[]): TheilSenFit | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  const fitted = pairwiseSlopeRanks(xs, ys, n, (count) => slopeRanks(n, count));
  if (fitted === null) return null;
  const { count, values: picked } = fitted;
  const slope = count % 2 === 1 ? picked[0] : (picked[0] + picked[1]) / 2;
  const [slopeLow, slopeHigh] = picked.slice(-2);
  const intercept = median(Array.from({ length: n }, (_, i) => (ys[i] ?? 0) - slope * (xs[i] ?? 0)).sort(ascending));
  const residuals = Array.from({ length: n }, (_, i) => (ys[i] ?? 0) - intercept - slope * (xs[i] ?? 0));
  const centre = median([...residuals].sort(ascending));
  const sigma = MAD_TO_SIGMA * median(residuals.map((e) => Math.abs(e - centre)).sort(ascending));
  // An exact fit leaves only rounding noise (σ ≈ 1e-16): a floor relative to the data keeps that noise from counting as outliers.
  const noise = 1e-9 * Math.max(1, ...residuals.map((_, i) => Math.abs(ys[i] ?? 0)));
  const kept = residuals.map((e, i) => ({ e, y: ys[i] ?? 0 })).filter(({ e }) => Math.abs(e - centre) <= Math.max(OUTLIER_SIGMAS * sigma, noise));
  const yMean = kept.reduce((s, k) => s + k.y, 0) / kept.length;
  const ssTot = kept.reduce((s, k) => s + (k.y - yMean) ** 2, 0);
  const ssRes = kept.reduce((s, k) => s + k.e * k.e, 0);
  return {
    slope, intercept,
    slopeLow, slopeHigh,
    rSquared: ssTot === 0 ? 0 : Math.max(0, 1 - ssRes / ssTot),
    n,
    outliers: n - kept.length,
  };
}
