import type { MouseEventParams } from 'lightweight-charts';
import { useEffect, useState } from 'react';
import type { PayoffChart } from './use-payoff-chart';

/** Grid index under the crosshair, or null when the pointer is off the chart. */
export function useCrosshairIndex(handle: PayoffChart | null, gridLength: number): number | null {
  const [index, setIndex] = useState<number | null>(null);
  useEffect(() => {
    if (!handle) return undefined;
    const onMove = (param: MouseEventParams<number>) => {
      const logical = param.logical;
      setIndex(param.point && logical !== undefined && logical >= 0 && logical < gridLength ? Math.round(logical) : null);
    };
    handle.chart.subscribeCrosshairMove(onMove);
    return () => handle.chart.unsubscribeCrosshairMove(onMove);
  }, [handle, gridLength]);
  return index;
}
