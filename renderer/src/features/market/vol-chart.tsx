import { createSeriesMarkers, HistogramSeries, LineSeries, LineStyle, type IPriceLine } from 'lightweight-charts';
import { useEffect, useMemo } from 'react';
import { SERIES_COLORS } from '../../charts/chart-palette';
import type { ChartSync } from '../../charts/chart-sync';
import { lineData, signedBarData } from '../../charts/chart-time';
import { dateMarkers, type DatedMark } from '../../charts/date-markers';
import { useSyncMember } from '../../charts/use-sync-member';
import { useTimeChart } from '../../charts/use-time-chart';
import { formatVolPoints } from './market-format';
import { MarketLegend } from './market-legend';
import { valueLookup, type MarketChartData } from './market-series';

interface VolChartProps {
  data: MarketChartData;
  sync: ChartSync;
  marks: readonly DatedMark[];
  rvWindow: number;
  /** The portfolio's `ivRvThresholdPoints`: vix-hedge fires when IV − RV is below it. */
  threshold: number;
}

const VOL = { type: 'price', precision: 2, minMove: 0.01 } as const;

/** Implied (VIX) vs realised (100 × RV of SPX) vol in vol points, and their spread IV − RV below. */
export function VolChart({ data, sync, marks, rvWindow, threshold }: VolChartProps) {
  const { ref, handle } = useTimeChart((chart) => {
    const implied = chart.addSeries(LineSeries, { color: SERIES_COLORS.vix, lineWidth: 2, priceFormat: VOL, priceLineVisible: false, title: 'IV' });
    const realized = chart.addSeries(LineSeries, { color: SERIES_COLORS.realized, lineWidth: 2, priceFormat: VOL, priceLineVisible: false, title: 'RV' });
    const spread = chart.addSeries(HistogramSeries, { priceFormat: VOL, priceLineVisible: false, lastValueVisible: true, title: 'IV−RV' }, 1);
    chart.panes()[0]?.setStretchFactor(2);
    return { implied, realized, spread, markers: createSeriesMarkers(implied, []) };
  });

  useEffect(() => {
    if (!handle) return;
    handle.parts.implied.setData(lineData(data.axis, data.vol.implied));
    handle.parts.realized.setData(lineData(data.axis, data.vol.realized));
    handle.parts.spread.setData(signedBarData(data.axis, data.vol.spread, SERIES_COLORS.histogramUp, SERIES_COLORS.histogramDown, threshold));
    handle.chart.timeScale().fitContent();
  }, [handle, data, threshold]);

  useEffect(() => {
    if (!handle) return undefined;
    const line: IPriceLine = handle.parts.spread.createPriceLine({
      price: threshold, color: handle.palette.warn, lineWidth: 1, lineStyle: LineStyle.Dashed, axisLabelVisible: true, title: 'threshold',
    });
    return () => handle.parts.spread.removePriceLine(line);
  }, [handle, threshold]);

  useEffect(() => {
    handle?.parts.markers.setMarkers(dateMarkers(marks, data.vixDates, data.thinned ? 7 : 4));
  }, [handle, marks, data]);

  const lookup = useMemo(() => valueLookup(data.axis, data.vol.implied), [data]);
  useSyncMember(sync, handle, (parts) => parts.implied, lookup);

  return (
    <div className="chart-block">
      <MarketLegend sync={sync} axis={data.axis} testId="vol-legend" specs={[
        { label: 'Implied (VIX)', color: SERIES_COLORS.vix, values: data.vol.implied, format: (v) => formatVolPoints(v) },
        { label: `Realised (100 × RV${rvWindow})`, color: SERIES_COLORS.realized, values: data.vol.realized, format: (v) => formatVolPoints(v) },
        { label: 'IV − RV', color: SERIES_COLORS.histogramUp, values: data.vol.spread, format: (v) => formatVolPoints(v, true) },
        { label: 'threshold', color: handle?.palette.warn ?? '#a15c07', dashed: true, format: () => formatVolPoints(threshold, true) },
      ]} />
      <div ref={ref} className="chart-canvas chart-tall" data-testid="vol-chart" data-panes={handle?.chart.panes().length ?? 0} />
    </div>
  );
}
