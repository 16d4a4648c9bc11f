import { createChart, type IChartApi } from 'lightweight-charts';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { readChartPalette, type ChartPalette } from './chart-palette';
import { timeChartOptions } from './time-chart-options';
import { removeChartAfterCleanups } from './dispose-chart';

export interface TimeChart<Parts> {
  chart: IChartApi;
  /** Whatever `setup` returned: usually the series, to feed data to later. */
  parts: Parts;
  palette: ChartPalette;
}

/**
 * Creates a date-axis chart in the returned element once it is mounted and removes it on
 * unmount. `setup` adds the series and panes (once); feed data in an effect that depends on
 * the returned handle, which is null until the chart exists.
 */
export function useTimeChart<Parts>(setup: (chart: IChartApi, palette: ChartPalette) => Parts): { ref: RefObject<HTMLDivElement | null>; handle: TimeChart<Parts> | null } {
  const ref = useRef<HTMLDivElement>(null);
  const setupRef = useRef(setup);
  const [handle, setHandle] = useState<TimeChart<Parts> | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const palette = readChartPalette(element);
    const chart = createChart(element, timeChartOptions(palette));
    setHandle({ chart, parts: setupRef.current(chart, palette), palette });
    return () => {
      setHandle(null);
      removeChartAfterCleanups(chart);
    };
  }, []);

  return { ref, handle };
}
