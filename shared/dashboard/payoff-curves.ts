/**
 * The combined payoff curves: T+0, front expiration, last expiration and a chosen date, each
 * with break-evens and extremes on a grid of SPX levels.
 */
import { breakEvens, createPayoffModel, curveExtremes, expirationsOf, priceGrid, type MarketModel, type PositionLeg } from '../analytics';
import type { CurveId, PayoffCurveData } from './types';

/** Grid from the strikes and spot: covers every strike and ±12% of spot, with a margin either side. */
export function gridFor(legs: readonly PositionLeg[], spot: number, points: number): number[] {
  let low = spot * 0.88;
  let high = spot * 1.12;
  for (const leg of legs) {
    if (leg.underlying === 'SPX' && leg.strike !== undefined) {
      low = Math.min(low, leg.strike * 0.97);
      high = Math.max(high, leg.strike * 1.03);
    }
  }
  return priceGrid(Math.max(1, Math.floor(low / 5) * 5), Math.ceil(high / 5) * 5, points);
}

export interface CurveRequest {
  legs: readonly PositionLeg[];
  realizedCash: number;
  market: MarketModel;
  asOf: string;
  customDate: string | null;
  grid: readonly number[];
}

const LABELS: Record<CurveId, string> = { t0: 'Today (T+0)', front: 'Front expiration', last: 'Last expiration', custom: 'Chosen date' };

export function payoffCurves(r: CurveRequest): PayoffCurveData[] {
  const expirations = expirationsOf(r.legs).filter((d) => d >= r.asOf);
  const front = expirations[0] ?? null;
  const last = expirations[expirations.length - 1] ?? null;
  const wanted: [CurveId, string | null][] = [['t0', r.asOf], ['front', front], ['last', last !== front ? last : null], ['custom', clampDate(r.customDate, r.asOf, last)]];
  const curves: PayoffCurveData[] = [];
  for (const [id, date] of wanted) {
    if (date === null) continue;
    const model = createPayoffModel({ legs: r.legs, realizedCash: r.realizedCash, valuationDate: date, market: r.market });
    const pnl = model.curve(r.grid);
    const extremes = curveExtremes(r.grid, pnl);
    curves.push({
      id, label: `${LABELS[id]} · ${date}`, date, pnl,
      breakEvens: breakEvens(r.grid, pnl, (x) => model.pnlAt(x)),
      maxPnl: extremes.maxPnl, minPnl: extremes.minPnl, maxAtEdge: extremes.maxAtEdge, minAtEdge: extremes.minAtEdge,
    });
  }
  return curves;
}

function clampDate(date: string | null, from: string, to: string | null): string | null {
  if (date === null || to === null) return null;
  if (date < from) return from;
  return date > to ? to : date;
}
