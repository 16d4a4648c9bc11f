/**
 * The combined payoff curves: T+0, front expiration, last expiration and a chosen date, each
 * with break-evens and extremes on a grid of SPX levels.
 */
import { breakEvens, createPayoffModel, curveExtremes, expirationsOf, priceGrid, type MarketModel, type PositionLeg } from '../analytics';
import type { CurveId, PayoffCurveData } from './types';

/** Round steps of SPX points a grid may use: the chart labels its axis at grid levels. */
const ROUND_STEPS = [1, 2, 2.5, 5, 10, 20, 25, 50, 100, 250, 500];

/** The smallest round step that spans `low…high` in at most `points` levels. */
export function roundGridStep(low: number, high: number, points: number): number {
  const raw = (high - low) / Math.max(1, points - 1);
  return ROUND_STEPS.find((step) => step >= raw) ?? Math.ceil(raw / 1000) * 1000;
}

/**
 * Grid from the strikes and spot: covers every strike and ±12% of spot, with a margin either
 * side, on a round step starting at a multiple of it — so the chart's axis ticks (which it
 * places at grid levels, preferring multiples of 100, 50, 25…) read 6600, 6700, not 6585, 6797.
 * At most `points` round levels, plus the spot.
 */
export function gridFor(legs: readonly PositionLeg[], spot: number, points: number): number[] {
  let low = spot * 0.88;
  let high = spot * 1.12;
  for (const leg of legs) {
    if (leg.underlying === 'SPX' && leg.strike !== undefined) {
      low = Math.min(low, leg.strike * 0.97);
      high = Math.max(high, leg.strike * 1.03);
    }
  }
  const step = roundGridStep(low, high, points);
  const first = Math.max(step, Math.floor(low / step) * step);
  const last = Math.ceil(high / step) * step;
  const count = Math.round((last - first) / step) + 1;
  const levels = count <= points ? Array.from({ length: count }, (_, i) => first + i * step) : priceGrid(first, last, points);
  return withSpot(levels, spot);
}

/**
 * The grid with the spot itself among its levels, so the T+0 value "now" is read at SPX, not at
 * the nearest round level — one number for the legend, the marker and the metrics.
 */
function withSpot(levels: number[], spot: number): number[] {
  if (!(spot > 0) || levels.includes(spot)) return levels;
  const at = levels.findIndex((level) => level > spot);
  if (at <= 0) return levels; // off the plotted range
  return [...levels.slice(0, at), spot, ...levels.slice(at)];
}

export interface CurveRequest {
  /** The legs of each layer in scope, one group per layer (see {@link groupValues}). */
  legGroups: readonly (readonly PositionLeg[])[];
  realizedCash: number;
  /**
   * Dollars added to each group's value on a curve's date (same order as legGroups): a layer's
   * price offset (anchored-legs.ts), which its row's value also carries — so the T+0 curve at SPX
   * now and the layers' P&L are one figure.
   */
  groupOffsets?: readonly ((date: string) => number)[];
  market: MarketModel;
  asOf: string;
  customDate: string | null;
  grid: readonly number[];
}

const LABELS: Record<CurveId, string> = { t0: 'Today (T+0)', front: 'Front expiration', last: 'Last expiration', custom: 'Chosen date' };

/**
 * Each curve is the realised cash plus the sum of every layer's value on the grid; a layer's
 * values are kept while its legs, the date, the market and the grid stay the same, so after a
 * ticket on one of twenty layers only that layer is valued again. The combined model still
 * validates every leg and finds the exact break-evens.
 */
export function payoffCurves(r: CurveRequest): PayoffCurveData[] {
  const legs = r.legGroups.flat();
  const expirations = expirationsOf(legs).filter((d) => d >= r.asOf);
  const front = expirations[0] ?? null;
  const last = expirations[expirations.length - 1] ?? null;
  const wanted: [CurveId, string | null][] = [['t0', r.asOf], ['front', front], ['last', last !== front ? last : null], ['custom', clampDate(r.customDate, r.asOf, last)]];
  const curves: PayoffCurveData[] = [];
  const scenario = scenarioOf(`${JSON.stringify(r.market)}|${JSON.stringify(r.grid)}`);
  for (const [id, date] of wanted) {
    if (date === null) continue;
    const model = createPayoffModel({ legs, realizedCash: r.realizedCash, valuationDate: date, market: r.market });
    const pnl: number[] = new Array<number>(r.grid.length).fill(r.realizedCash);
    let offsets = 0;
    r.legGroups.forEach((group, g) => {
      const values = groupValues(group, date, r.market, r.grid, scenario);
      const offset = r.groupOffsets?.[g]?.(date) ?? 0;
      offsets += offset;
      for (let j = 0; j < pnl.length; j++) pnl[j] += values[j] + offset;
    });
    const extremes = curveExtremes(r.grid, pnl);
    curves.push({
      id, label: `${LABELS[id]} · ${date}`, date, pnlDollars: pnl,
      breakEvens: breakEvens(r.grid, pnl, (x) => model.pnlAt(x) + offsets),
      maxPnlDollars: extremes.maxPnl, minPnlDollars: extremes.minPnl, maxAtEdge: extremes.maxAtEdge, minAtEdge: extremes.minAtEdge,
    });
  }
  return curves;
}

/** Layer values kept by content (legs, date, market, grid): a few scenarios of a few dozen layers. */
const MAX_GROUP_VALUES = 512;
const groupValueCache = new Map<string, Float64Array>();

/**
 * A short id per market-and-grid text (so each layer's key does not repeat a grid of hundreds of
 * levels), and whether an earlier call asked for the same one. Values are kept only for a
 * scenario seen before: the dashboard of one date asked again (after a write, a scope change)
 * reuses them, while scrubbing the as-of date — a new market on every date — keeps nothing that
 * would only have to be copied by the garbage collector and dropped.
 */
const scenarioIds = new Map<string, number>();
const MAX_SCENARIOS = 64;
let nextScenarioId = 0;

function scenarioOf(text: string): { id: number; seenBefore: boolean } {
  const id = scenarioIds.get(text);
  if (id !== undefined) return { id, seenBefore: true };
  // Ids are never reused, so clearing the table can never make an old value look current.
  if (scenarioIds.size >= MAX_SCENARIOS) scenarioIds.clear();
  scenarioIds.set(text, nextScenarioId);
  return { id: nextScenarioId++, seenBefore: false };
}

/**
 * Dollars of one layer's legs at each grid level on the date (no cash): a pure function, kept by
 * its inputs in a typed array (no per-value copying by the garbage collector).
 */
function groupValues(
  group: readonly PositionLeg[], date: string, market: MarketModel, grid: readonly number[], scenario: { id: number; seenBefore: boolean },
): Float64Array {
  const value = () => createPayoffModel({ legs: group, realizedCash: 0, valuationDate: date, market }).curveValues(grid);
  if (!scenario.seenBefore) return value();
  const key = `${date}|${JSON.stringify(group)}|${scenario.id}`;
  const hit = groupValueCache.get(key);
  if (hit) {
    // Most recently used last: the first key is the one to drop.
    groupValueCache.delete(key);
    groupValueCache.set(key, hit);
    return hit;
  }
  const values = value();
  groupValueCache.set(key, values);
  if (groupValueCache.size > MAX_GROUP_VALUES) {
    const oldest = groupValueCache.keys().next().value;
    if (oldest !== undefined) groupValueCache.delete(oldest);
  }
  return values;
}

function clampDate(date: string | null, from: string, to: string | null): string | null {
  if (date === null || to === null) return null;
  if (date < from) return from;
  return date > to ? to : date;
}
