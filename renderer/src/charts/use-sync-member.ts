import type { ISeriesApi, SeriesType } from 'lightweight-charts';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ChartSync } from './chart-sync';
import type { TimeChart } from './use-time-chart';

/** Joins a chart to a sync group while both exist; `valueAt` may change with the data. */
export function useSyncMember<Parts>(sync: ChartSync | null, handle: TimeChart<Parts> | null, series: (parts: Parts) => ISeriesApi<SeriesType>, valueAt: (date: string) => number | undefined): void {
  const valueAtRef = useRef(valueAt);
  const seriesRef = useRef(series);
  useEffect(() => {
    valueAtRef.current = valueAt;
    seriesRef.current = series;
  });
  useEffect(() => {
    if (!sync || !handle) return undefined;
    return sync.add({ chart: handle.chart, series: seriesRef.current(handle.parts), valueAt: (date) => valueAtRef.current(date) });
  }, [sync, handle]);
}

/** The date under the crosshair of any chart in the group (null when the pointer is elsewhere). */
export function useHoveredDate(sync: ChartSync | null): string | null {
  return useSyncExternalStore(
    (listener) => (sync ? sync.subscribe(listener) : () => undefined),
    () => sync?.hoveredDate() ?? null,
  );
}
