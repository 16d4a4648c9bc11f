/** Break-evens and extremes of a sampled P&L curve (ALVH.md "Break-evens"). */

export interface CurveExtremes {
  /** Highest P&L on the grid, dollars (the max profit when positive). */
  maxPnl: number;
  /** SPX level where maxPnl occurs (first one on ties). */
  maxPnlAt: number;
  /** Whether maxPnl is at an end of the grid, i.e. may keep rising beyond the plotted range. */
  maxAtEdge: boolean;
  /** Lowest P&L on the grid, dollars (the max loss is −minPnl when negative). */
  minPnl: number;
  minPnlAt: number;
  minAtEdge: boolean;
}

function checkGrid(where: string, xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new Error(`${where}: xs and ys must have the same length (${xs.length} vs ${ys.length})`);
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) throw new Error(`${where}: point #${i} is not a finite number`);
    if (i > 0 && !(xs[i] > xs[i - 1])) throw new Error(`${where}: xs must be strictly increasing (point #${i})`);
  }
}

/**
 * Every level where the curve crosses zero, ascending. A crossing is a grid interval whose
 * ends have opposite signs; it is refined by bisection on `f` (the exact P&L function,
 * e.g. `PayoffModel.pnlAt`) to |Δx| ≤ 1e-9 × max(1, |x|), or linearly interpolated when no
 * `f` is given. Grid points exactly at 0 are reported once (a run of zeros by its two ends).
 * Units: those of xs (SPX points). Throws for mismatched or unsorted grids.
 */
export function breakEvens(xs: readonly number[], ys: readonly number[], f?: (x: number) => number): number[] {
  checkGrid('breakEvens', xs, ys);
  const roots: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === 0) {
      const runStart = i === 0 || ys[i - 1] !== 0;
      const runEnd = i === xs.length - 1 || ys[i + 1] !== 0;
      if (runStart || runEnd) roots.push(xs[i]);
      continue;
    }
    if (i + 1 < xs.length && ys[i + 1] !== 0 && Math.sign(ys[i + 1]) !== Math.sign(y)) {
      roots.push(f ? bisect(f, xs[i], xs[i + 1], y) : interpolate(xs[i], y, xs[i + 1], ys[i + 1]));
    }
  }
  return roots;
}

function interpolate(x0: number, y0: number, x1: number, y1: number): number {
  return x0 + ((x1 - x0) * y0) / (y0 - y1);
}

function bisect(f: (x: number) => number, a: number, b: number, fa: number): number {
  let low = a;
  let high = b;
  const lowSign = Math.sign(fa);
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (low + high);
    if (high - low <= 1e-9 * Math.max(1, Math.abs(mid))) return mid;
    const value = f(mid);
    if (value === 0) return mid;
    if (Math.sign(value) === lowSign) low = mid;
    else high = mid;
  }
  return 0.5 * (low + high);
}

/**
 * Highest and lowest P&L on the sampled range and where they occur, with flags for
 * extremes at the grid's ends (an open-ended risk the plot cannot bound). Dollars.
 * Throws for an empty, mismatched or unsorted grid.
 */
export function curveExtremes(xs: readonly number[], ys: readonly number[]): CurveExtremes {
  checkGrid('curveExtremes', xs, ys);
  if (xs.length === 0) throw new Error('curveExtremes: the grid is empty');
  let maxIndex = 0;
  let minIndex = 0;
  for (let i = 1; i < ys.length; i++) {
    if (ys[i] > ys[maxIndex]) maxIndex = i;
    if (ys[i] < ys[minIndex]) minIndex = i;
  }
  const last = xs.length - 1;
  return {
    maxPnl: ys[maxIndex],
    maxPnlAt: xs[maxIndex],
    maxAtEdge: maxIndex === 0 || maxIndex === last,
    minPnl: ys[minIndex],
    minPnlAt: xs[minIndex],
    minAtEdge: minIndex === 0 || minIndex === last,
  };
}

/**
 * An evenly spaced SPX grid of `count` levels from `low` to `high` inclusive (points),
 * e.g. priceGrid(0.8 × S, 1.2 × S, 1000) for the dashboard.
 */
export function priceGrid(low: number, high: number, count: number): number[] {
  if (!(low > 0) || !(high > low) || !Number.isFinite(high)) throw new Error(`priceGrid: need 0 < low < high (got ${low}, ${high})`);
  if (!Number.isInteger(count) || count < 2) throw new Error(`priceGrid: count must be a whole number ≥ 2 (got ${count})`);
  const step = (high - low) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? high : low + i * step));
}
