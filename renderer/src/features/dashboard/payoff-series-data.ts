import type { SeriesMarker } from 'lightweight-charts';
import type { DashboardData, PayoffCurveData } from '../../../../shared/dashboard/types';
import { CURVE_COLORS, nearestIndex } from './curve-style';
import { formatLevel } from './dashboard-format';

/** A curve as series points: x = SPX level, y = P&L in dollars. */
export function curvePoints(grid: readonly number[], curve: PayoffCurveData | undefined): { time: number; value: number }[] {
  if (!curve) return [];
  return grid.map((level, i) => ({ time: level, value: curve.pnlDollars[i] ?? 0 }));
}

/**
 * Markers on one curve: a dot at each break-even (labelled with its level on the last
 * expiration curve only, so labels do not pile up), and on T+0 an arrow at the current SPX.
 */
export function curveMarkers(data: DashboardData, curve: PayoffCurveData): SeriesMarker<number>[] {
  const markers: SeriesMarker<number>[] = curve.breakEvens.map((level) => ({
    time: data.grid[nearestIndex(data.grid, level)] ?? level,
    position: 'inBar', shape: 'circle', size: 0.8, color: CURVE_COLORS[curve.id],
    text: curve.id === 'last' ? formatLevel(level) : undefined,
  }));
  if (curve.id === 't0' && data.market.spx !== null) {
    markers.push({ time: data.grid[nearestIndex(data.grid, data.market.spx)] ?? data.market.spx, position: 'belowBar', shape: 'arrowUp', color: '#1b2430', size: 1 });
  }
  return markers.sort((a, b) => a.time - b.time);
}
