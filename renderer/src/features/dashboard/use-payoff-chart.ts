import { BaselineSeries, createOptionsChart, createSeriesMarkers, CrosshairMode, LineSeries, LineStyle, type IChartApiBase, type ISeriesApi, type ISeriesMarkersPluginApi, type SeriesType } from 'lightweight-charts';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { CurveId } from '../../../../shared/dashboard/types';
import { readChartPalette } from '../../charts/chart-palette';
import { priceChartOptions } from '../../charts/price-chart-options';
import { CURVE_COLORS } from './curve-style';
import { formatWholeDollars } from './dashboard-format';
import { removeChartAfterCleanups } from '../../charts/dispose-chart';

export interface PayoffChart {
  chart: IChartApiBase<number>;
  series: Record<CurveId, ISeriesApi<SeriesType, number>>;
  markers: Record<CurveId, ISeriesMarkersPluginApi<number>>;
  /** The flat-vol (σ = VIX) T+0 comparison, empty unless the toggle is on. */
  flat: ISeriesApi<SeriesType, number>;
}

/**
 * A price-axis chart (x = SPX level, y = P&L in dollars) with one series per curve: T+0 as a
 * baseline shaded green above / red below $0, the expirations and the chosen date as lines.
 * Created once on mount, removed on unmount; feed data through the returned handle.
 */
export function usePayoffChart(): { ref: RefObject<HTMLDivElement | null>; handle: PayoffChart | null } {
  const ref = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<PayoffChart | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const p = readChartPalette(element);
    const base = priceChartOptions(p);
    const chart = createOptionsChart(element, {
      ...base,
      rightPriceScale: { ...base.rightPriceScale, minimumWidth: 76 },
      crosshair: { mode: CrosshairMode.Normal },
      localization: { locale: 'en-US', precision: 0, priceFormatter: formatWholeDollars },
    });
    const common = { lastValueVisible: false, priceLineVisible: false, priceFormat: { type: 'custom' as const, formatter: formatWholeDollars, minMove: 1 } };
    const t0 = chart.addSeries(BaselineSeries, {
      ...common, baseValue: { type: 'price', price: 0 }, lineWidth: 2,
      topLineColor: p.pos, topFillColor1: 'rgba(22, 150, 90, 0.28)', topFillColor2: 'rgba(22, 150, 90, 0.04)',
      bottomLineColor: p.neg, bottomFillColor1: 'rgba(200, 50, 40, 0.04)', bottomFillColor2: 'rgba(200, 50, 40, 0.28)',
    });
    t0.createPriceLine({ price: 0, color: p.border, lineWidth: 1, lineStyle: LineStyle.Solid, axisLabelVisible: false });
    const line = (id: CurveId, style: LineStyle) => chart.addSeries(LineSeries, { ...common, color: CURVE_COLORS[id], lineWidth: 2, lineStyle: style });
    const series: PayoffChart['series'] = { t0, front: line('front', LineStyle.Dashed), last: line('last', LineStyle.Solid), custom: line('custom', LineStyle.Dotted) };
    const markers: PayoffChart['markers'] = {
      t0: createSeriesMarkers(series.t0, []), front: createSeriesMarkers(series.front, []),
      last: createSeriesMarkers(series.last, []), custom: createSeriesMarkers(series.custom, []),
    };
    const flat = chart.addSeries(LineSeries, { ...common, color: p.muted, lineWidth: 1, lineStyle: LineStyle.LargeDashed });
    setHandle({ chart, series, markers, flat });
    return () => {
      setHandle(null);
      removeChartAfterCleanups(chart);
    };
  }, []);

  return { ref, handle };
}
