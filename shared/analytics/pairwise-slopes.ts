/**
 * Order statistics of the pairwise slopes (yⱼ − yᵢ)/(xⱼ − xᵢ), i < j, xⱼ ≠ xᵢ, of a point set —
 * the values a full sort of every slope would place at the given ranks, bit for bit (−0 before
 * +0 as `Float64Array.prototype.sort` orders them).
 *
 * Theil–Sen needs three or four ranks of n(n − 1)/2 slopes (31,125 for a year of closes), and
 * the dashboard fits on every as-of date. Instead of storing every slope and selecting in it, a
 * seeded sample of slopes brackets the wanted ranks, one pass over the pairs counts the slopes
 * below the bracket and keeps only those inside it (a few thousand), and the ranks are selected
 * there. When the bracket misses a rank (rare: it is set 4 standard deviations wide) or the data
 * hold a non-finite number, every slope is stored and selected as before.
 */
import { orderStatistics } from './order-statistics';

/** Below this many slopes the plain path is as fast. */
const BRACKET_MIN_SLOPES = 4096;
const SAMPLE_SIZE = 1024;
/** How wide the bracket is, in standard deviations of a rank's position in the sample (≤ ½√m). */
const BRACKET_SIGMAS = 4;

let scratch = new Float64Array(0);

/** A buffer of at least `size` slots, reused across calls (the fit is synchronous and returns no view of it). */
function scratchOf(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch;
}

/** How many pairs i < j have xⱼ ≠ xᵢ: every pair less the pairs within each group of equal x (finite xs). */
export function distinctXPairs(xs: readonly number[], n: number): number {
  if (n < 2) return 0;
  const sorted = Float64Array.from({ length: n }, (_, i) => xs[i] ?? 0).sort();
  let pairs = (n * (n - 1)) / 2;
  let run = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && sorted[i] === sorted[i - 1]) run++;
    else {
      pairs -= (run * (run - 1)) / 2;
      run = 1;
    }
  }
  return pairs;
}

function allFinite(values: readonly number[], n: number): boolean {
  for (let i = 0; i < n; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/**
 * The number of slopes and the slopes at `ranksOf(count)` (0-based ranks of the sorted slopes) of
 * the first n points, or null when every x is the same. `sampleSize` is for tests.
 */
export function pairwiseSlopeRanks(
  xs: readonly number[], ys: readonly number[], n: number, ranksOf: (count: number) => number[], sampleSize = SAMPLE_SIZE,
): { count: number; values: number[] } | null {
  if (!allFinite(xs, n) || !allFinite(ys, n)) return everySlope(xs, ys, n, ranksOf);
  const count = distinctXPairs(xs, n);
  if (count === 0) return null;
  const ranks = ranksOf(count);
  const bracketed = count >= BRACKET_MIN_SLOPES ? bracketedSlopes(xs, ys, n, count, ranks, sampleSize) : null;
  return { count, values: bracketed ?? everySlope(xs, ys, n, () => ranks)?.values ?? [] };
}

/** Every slope stored, then selected. */
function everySlope(xs: readonly number[], ys: readonly number[], n: number, ranksOf: (count: number) => number[]): { count: number; values: number[] } | null {
  const slopes = scratchOf((n * (n - 1)) / 2);
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    const xi = xs[i] ?? 0;
    const yi = ys[i] ?? 0;
    for (let j = i + 1; j < n; j += 1) {
      const dx = (xs[j] ?? 0) - xi;
      if (dx !== 0) slopes[count++] = ((ys[j] ?? 0) - yi) / dx;
    }
  }
  if (count === 0) return null;
  return { count, values: orderStatistics(slopes.subarray(0, count), ranksOf(count)) };
}

/** The bracketed pass, or null when the bracket does not hold every wanted rank (exported for its test). */
export function bracketedSlopes(
  xs: readonly number[], ys: readonly number[], n: number, count: number, ranks: readonly number[], sampleSize: number, sigmas = BRACKET_SIGMAS,
): number[] | null {
  const { lo, hi } = bracket(xs, ys, { n, count, ranks, sampleSize, sigmas });
  const band = scratchOf(count);
  const below = sortIntoBand(xs, ys, n, lo, hi, band);
  const kept = keptInBand;
  // Slopes below `lo` sort before every kept one and slopes above `hi` after: rank r is the kept (r − below)-th.
  const lowest = Math.min(...ranks);
  const highest = Math.max(...ranks);
  if (below > lowest || below + kept <= highest) return null;
  return orderStatistics(band.subarray(0, kept), ranks.map((r) => r - below));
}

/** How many slopes {@link sortIntoBand} last kept (a second result without an object per call). */
let keptInBand = 0;

/**
 * One pass over the pairs: counts the slopes below `lo` (returned) and writes those in [lo, hi] to
 * `band` (their count in {@link keptInBand}). A function of its own so the JIT optimises the whole
 * loop, not an on-stack replacement that bails out at the code after it on every call.
 */
function sortIntoBand(xs: readonly number[], ys: readonly number[], n: number, lo: number, hi: number, band: Float64Array): number {
  let below = 0;
  let kept = 0;
  for (let i = 0; i < n; i += 1) {
    const xi = xs[i];
    const yi = ys[i];
    for (let j = i + 1; j < n; j += 1) {
      const dx = xs[j] - xi;
      if (dx === 0) continue;
      const slope = (ys[j] - yi) / dx;
      if (slope < lo) below++;
      else if (slope <= hi) band[kept++] = slope;
    }
  }
  keptInBand = kept;
  return below;
}

interface BracketRequest {
  n: number;
  count: number;
  ranks: readonly number[];
  sampleSize: number;
  sigmas: number;
}

/** Bounds from a seeded sample of slopes that hold the wanted ranks unless the sample misleads by more than `sigmas` σ. */
function bracket(xs: readonly number[], ys: readonly number[], { n, count, ranks, sampleSize, sigmas }: BracketRequest): { lo: number; hi: number } {
  const sample = new Float64Array(sampleSize);
  let m = 0;
  let seed = 0x2545f491;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  for (let tries = 0; m < sampleSize && tries < 4 * sampleSize; tries++) {
    const a = next() % n;
    const b = next() % n;
    const i = Math.min(a, b);
    const j = Math.max(a, b);
    const dx = xs[j] - xs[i];
    if (dx !== 0) sample[m++] = (ys[j] - ys[i]) / dx;
  }
  const sorted = sample.subarray(0, m).sort();
  const margin = sigmas > 0 ? Math.ceil(sigmas * 0.5 * Math.sqrt(m)) + 4 : 0;
  const at = (rank: number, side: number) => Math.floor((rank / count) * m) + side * margin;
  const loAt = at(Math.min(...ranks), -1);
  const hiAt = at(Math.max(...ranks), +1);
  return { lo: loAt < 0 ? -Infinity : sorted[loAt], hi: hiAt >= m ? Infinity : sorted[hiAt] };
}
