import type { CurveId } from '../../../../shared/dashboard/types';

/** One hue per curve, the same in the chart, its legend and the break-even list. */
export const CURVE_COLORS: Record<CurveId, string> = {
  t0: '#2d6fb0',
  front: '#e07b24',
  last: '#8a4fbf',
  custom: '#0f8f8f',
};

export const CURVE_ORDER: readonly CurveId[] = ['t0', 'front', 'last', 'custom'];

/** Index of the grid level nearest `level` (the grid is sorted ascending). */
export function nearestIndex(grid: readonly number[], level: number): number {
  let best = 0;
  for (let i = 1; i < grid.length; i += 1) {
    const g = grid[i];
    const b = grid[best];
    if (g !== undefined && b !== undefined && Math.abs(g - level) < Math.abs(b - level)) best = i;
  }
  return best;
}
