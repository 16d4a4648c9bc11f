/** How many VIX points the VIX moves per 1% SPX move, estimated from stored daily closes. */
import { CALENDAR_EXACT_FROM, isTradingDay } from '../calendar';
import { isoDayNumber } from './day-count';
import { theilSen } from './theil-sen';
import { requirePeriod } from './series-checks';

export interface DatedClose {
  /** YYYY-MM-DD */
  date: string;
  /** Index points. */
  close: number;
}

export interface VixBetaEstimate {
  /** VIX points per +1% SPX return (OLS slope). */
  beta: number;
  /** VIX points of change on a 0% SPX day (OLS intercept). */
  intercept: number;
  /** Coefficient of determination of the fit, 0…1. */
  rSquared: number;
  /** Number of daily return pairs used (= window). */
  n: number;
  /** Date of the first return in the window (its close vs. the previous common date's). */
  startDate: string;
  /** Date of the last return in the window. */
  endDate: string;
}

/**
 * OLS regression of daily VIX point changes on daily SPX % returns over the last `window`
 * return pairs on dates present in both series (ALVH.md "VIX hedge on the SPX chart"):
 *   xᵢ = 100 × (SPXᵢ / SPXᵢ₋₁ − 1),  yᵢ = VIXᵢ − VIXᵢ₋₁   (consecutive common dates)
 *   β = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²,  α = ȳ − β x̄,  r² = [Σ(x − x̄)(y − ȳ)]² / [Σ(x − x̄)² Σ(y − ȳ)²]
 * Closes dated after `asOf` (when given) are ignored, so a backtest sees no future data.
 * Returns null when fewer than `window` pairs exist or SPX did not move at all.
 * Throws for a window < 2, a bad date, or a close that is not a positive number.
 */
export function vixBetaRegression(spx: readonly DatedClose[], vix: readonly DatedClose[], window: number, asOf?: string): VixBetaEstimate | null {
  const where = 'vixBetaRegression';
  requirePeriod(where, 'window', window, 2);
  const last = asOf === undefined ? Infinity : isoDayNumber(asOf, where);
  const vixByDay = new Map<number, number>();
  for (const bar of vix) {
    const day = checkedDay(where, bar);
    if (day <= last) vixByDay.set(day, bar.close);
  }
  const joined: { day: number; date: string; spx: number; vix: number }[] = [];
  for (const bar of spx) {
    const day = checkedDay(where, bar);
    const v = vixByDay.get(day);
    if (day <= last && v !== undefined) joined.push({ day, date: bar.date, spx: bar.close, vix: v });
  }
  joined.sort((a, b) => a.day - b.day);
  if (joined.length < window + 1) return null;

  const rows = joined.slice(joined.length - window - 1);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    xs.push(100 * (rows[i].spx / rows[i - 1].spx - 1));
    ys.push(rows[i].vix - rows[i - 1].vix);
  }
  const xMean = xs.reduce((s, x) => s + x, 0) / window;
  const yMean = ys.reduce((s, y) => s + y, 0) / window;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < window; i++) {
    const dx = xs[i] - xMean;
    const dy = ys[i] - yMean;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0) return null;
  const beta = sxy / sxx;
  return {
    beta,
    intercept: yMean - beta * xMean,
    rSquared: syy === 0 ? 0 : (sxy * sxy) / (sxx * syy),
    n: window,
    startDate: rows[1].date,
    endDate: rows[rows.length - 1].date,
  };
}

function checkedDay(where: string, bar: DatedClose): number {
  if (!(bar.close > 0) || !Number.isFinite(bar.close)) throw new Error(`${where}: close on ${bar.date} must be a positive number (got ${bar.close})`);
  return isoDayNumber(bar.date, where);
}

export interface RobustVixBeta extends VixBetaEstimate {
  estimator: 'theil-sen';
  /** 95% confidence interval of β (Sen's), VIX points per +1% SPX. */
  betaLow: number;
  betaHigh: number;
  /** Pairs set aside as outliers when computing r². */
  outliers: number;
  /** Rows of either series dated on a day NYSE was closed, left out of the window. */
  closedDays: number;
}

/**
 * The VIX/SPX beta the app shows: the same pairs as {@link vixBetaRegression} (daily VIX point
 * change on daily SPX % return, consecutive common dates, the last `window` pairs on or before
 * `asOf`), but only on NYSE trading days (from 1971, shared/calendar: a close stored on a holiday
 * is someone's mistake), fitted by Theil–Sen (theil-sen.ts) so a few corrupt closes do not
 * drag it to 0. Null when fewer than `window` pairs exist or SPX never moved.
 */
export function vixBetaRobust(spx: readonly DatedClose[], vix: readonly DatedClose[], window: number, asOf?: string): RobustVixBeta | null {
  const where = 'vixBetaRobust';
  requirePeriod(where, 'window', window, 2);
  const last = asOf === undefined ? Infinity : isoDayNumber(asOf, where);
  let closedDays = 0;
  const open = (bar: DatedClose) => {
    const isOpen = bar.date < CALENDAR_EXACT_FROM || isTradingDay(bar.date);
    if (!isOpen) closedDays += 1;
    return isOpen;
  };
  const vixByDay = new Map<number, number>();
  for (const bar of vix) {
    const day = checkedDay(where, bar);
    if (day <= last && open(bar)) vixByDay.set(day, bar.close);
  }
  const joined: { day: number; date: string; spx: number; vix: number }[] = [];
  for (const bar of spx) {
    const day = checkedDay(where, bar);
    if (day > last || !open(bar)) continue;
    const v = vixByDay.get(day);
    if (v !== undefined) joined.push({ day, date: bar.date, spx: bar.close, vix: v });
  }
  joined.sort((a, b) => a.day - b.day);
  if (joined.length < window + 1) return null;
  const rows = joined.slice(joined.length - window - 1);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    xs.push(100 * (rows[i].spx / rows[i - 1].spx - 1));
    ys.push(rows[i].vix - rows[i - 1].vix);
  }
  const fit = theilSen(xs, ys);
  if (!fit) return null;
  return {
    estimator: 'theil-sen', beta: fit.slope, intercept: fit.intercept, betaLow: fit.slopeLow, betaHigh: fit.slopeHigh, rSquared: fit.rSquared,
    n: window, outliers: fit.outliers, closedDays, startDate: rows[1].date, endDate: rows[rows.length - 1].date,
  };
}
