import { useEffect, useState } from 'react';
import type { PayoffChart } from './use-payoff-chart';

/**
 * X pixel of the current SPX level on the payoff chart, kept in step with resizes and
 * zooms: the spot sits between two grid levels, so its x is interpolated between theirs.
 * Null when there is no spot or it is off the plotted range.
 */
export function useSpotLine(handle: PayoffChart | null, grid: readonly number[], spot: number | null): number | null {
  const [x, setX] = useState<number | null>(null);

  useEffect(() => {
    if (!handle || spot === null || grid.length < 2) {
      setX(null);
      return undefined;
    }
    const upper = grid.findIndex((level) => level >= spot);
    const timeScale = handle.chart.timeScale();
    const update = () => {
      const hi = grid[upper];
      const lo = grid[upper - 1] ?? hi;
      if (upper < 0 || hi === undefined || lo === undefined) return setX(null);
      const xHi = timeScale.timeToCoordinate(hi);
      const xLo = timeScale.timeToCoordinate(lo);
      if (xHi === null || xLo === null) return setX(null);
      setX(hi === lo ? xHi : xLo + ((spot - lo) / (hi - lo)) * (xHi - xLo));
    };
    // The chart lays itself out on its own animation frame after setData: measure again then.
    const timer = window.setTimeout(update, 60);
    update();
    timeScale.subscribeVisibleLogicalRangeChange(update);
    timeScale.subscribeSizeChange(update);
    return () => {
      window.clearTimeout(timer);
      timeScale.unsubscribeVisibleLogicalRangeChange(update);
      timeScale.unsubscribeSizeChange(update);
    };
  }, [handle, grid, spot]);

  return x;
}
