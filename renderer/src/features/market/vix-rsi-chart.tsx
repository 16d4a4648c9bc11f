import { createSeriesMarkers, LineSeries, LineStyle, type IPriceLine } from 'lightweight-charts';
import { useEffect, useMemo } from 'react';
import { SERIES_COLORS } from '../../charts/chart-palette';
import type { ChartSync } from '../../charts/chart-sync';
import { lineData } from '../../charts/chart-time';
import { dateMarkers, type DatedMark } from '../../charts/date-markers';
import { useSyncMember } from '../../charts/use-sync-member';
import { useTimeChart } from '../../charts/use-time-chart';
import { formatRsi, formatVolPoints } from './market-format';
import { MarketLegend } from './market-legend';
import { valueLookup, type MarketChartData } from './market-series';

interface VixRsiChartProps {
  data: MarketChartData;
  sync: ChartSync;
  marks: readonly DatedMark[];
  rsiPeriod: number;
  /** The portfolio's `rsiThreshold`: drawn as a dashed line on the RSI pane. */
  threshold: number;
}

/** VIX close (pane 1) over its RSI (pane 2, fixed 0–100 scale) with the tighten/vix-hedge threshold. */
export function VixRsiChart({ data, sync, marks, rsiPeriod, threshold }: VixRsiChartProps) {
  const { ref, handle } = useTimeChart((chart) => {
    const close = chart.addSeries(LineSeries, { color: SERIES_COLORS.vix, lineWidth: 2, priceLineVisible: false });
    const rsi = chart.addSeries(LineSeries, {
      color: SERIES_COLORS.rsi, lineWidth: 2, priceLineVisible: false, title: 'RSI',
      priceFormat: { type: 'price', precision: 1, minMove: 0.1 },
      // RSI lives on 0–100; a fixed scale keeps the threshold line where the eye expects it.
      autoscaleInfoProvider: () => ({ priceRange: { minValue: 0, maxValue: 100 } }),
    }, 1);
    rsi.priceScale().applyOptions({ scaleMargins: { top: 0.06, bottom: 0.04 } });
    chart.panes()[0]?.setStretchFactor(1.5);
    return { close, rsi, markers: createSeriesMarkers(close, []) };
  });

  useEffect(() => {
    if (!handle) return;
    handle.parts.close.setData(lineData(data.axis, data.vix.close));
    handle.parts.rsi.setData(lineData(data.axis, data.vix.rsi));
    handle.chart.timeScale().fitContent();
  }, [handle, data]);

  useEffect(() => {
    if (!handle) return undefined;
    const line: IPriceLine = handle.parts.rsi.createPriceLine({
      price: threshold, color: handle.palette.warn, lineWidth: 1, lineStyle: LineStyle.Dashed, axisLabelVisible: true, title: `threshold ${threshold}`,
    });
    return () => handle.parts.rsi.removePriceLine(line);
  }, [handle, threshold]);

  useEffect(() => {
    handle?.parts.markers.setMarkers(dateMarkers(marks, data.vixDates, data.thinned ? 7 : 4));
  }, [handle, marks, data]);

  const lookup = useMemo(() => valueLookup(data.axis, data.vix.close), [data]);
  useSyncMember(sync, handle, (parts) => parts.close, lookup);

  return (
    <div className="chart-block">
      <MarketLegend sync={sync} axis={data.axis} testId="vix-legend" specs={[
        { label: 'VIX close', color: SERIES_COLORS.vix, values: data.vix.close, format: (v) => formatVolPoints(v) },
        { label: `RSI(${rsiPeriod})`, color: SERIES_COLORS.rsi, values: data.vix.rsi, format: formatRsi },
        { label: 'threshold', color: handle?.palette.warn ?? '#a15c07', dashed: true, format: () => `${threshold} / 100` },
      ]} />
      <div ref={ref} className="chart-canvas chart-tall" data-testid="vix-chart" data-panes={handle?.chart.panes().length ?? 0} />
    </div>
  );
}
