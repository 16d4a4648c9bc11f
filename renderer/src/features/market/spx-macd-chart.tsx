import { createSeriesMarkers, HistogramSeries, LineSeries, PriceScaleMode } from 'lightweight-charts';
import { useEffect, useMemo } from 'react';
import { SERIES_COLORS } from '../../charts/chart-palette';
import type { ChartSync } from '../../charts/chart-sync';
import { lineData, signedBarData } from '../../charts/chart-time';
import { dateMarkers, type DatedMark } from '../../charts/date-markers';
import { useSyncMember } from '../../charts/use-sync-member';
import { useTimeChart } from '../../charts/use-time-chart';
import { formatPoints, formatSignedPoints } from './market-format';
import { MarketLegend } from './market-legend';
import { valueLookup, type MarketChartData } from './market-series';

interface SpxMacdChartProps {
  data: MarketChartData;
  sync: ChartSync;
  marks: readonly DatedMark[];
  /** Log price scale for the close (decades of history), else linear. */
  logScale: boolean;
}

const PRICE = { type: 'price', precision: 2, minMove: 0.01 } as const;

/** SPX close (pane 1) over MACD(12, 26, 9): MACD line, signal line and histogram (pane 2), all in index points. */
export function SpxMacdChart({ data, sync, marks, logScale }: SpxMacdChartProps) {
  const { ref, handle } = useTimeChart((chart) => {
    const close = chart.addSeries(LineSeries, { color: SERIES_COLORS.spx, lineWidth: 2, priceFormat: PRICE, priceLineVisible: false });
    const histogram = chart.addSeries(HistogramSeries, { priceFormat: PRICE, priceLineVisible: false, lastValueVisible: false }, 1);
    const macd = chart.addSeries(LineSeries, { color: SERIES_COLORS.macd, lineWidth: 1, priceFormat: PRICE, priceLineVisible: false, title: 'MACD' }, 1);
    const signal = chart.addSeries(LineSeries, { color: SERIES_COLORS.signal, lineWidth: 1, priceFormat: PRICE, priceLineVisible: false, title: 'signal' }, 1);
    chart.panes()[0]?.setStretchFactor(2);
    return { close, histogram, macd, signal, markers: createSeriesMarkers(close, []) };
  });

  useEffect(() => {
    if (!handle) return;
    const { parts, chart } = handle;
    parts.close.setData(lineData(data.axis, data.spx.close));
    parts.macd.setData(lineData(data.axis, data.spx.macd));
    parts.signal.setData(lineData(data.axis, data.spx.signal));
    parts.histogram.setData(signedBarData(data.axis, data.spx.histogram, SERIES_COLORS.histogramUp, SERIES_COLORS.histogramDown));
    chart.timeScale().fitContent();
  }, [handle, data]);

  useEffect(() => {
    handle?.parts.close.priceScale().applyOptions({ mode: logScale ? PriceScaleMode.Logarithmic : PriceScaleMode.Normal });
  }, [handle, logScale]);

  useEffect(() => {
    handle?.parts.markers.setMarkers(dateMarkers(marks, data.spxDates, data.thinned ? 7 : 4));
  }, [handle, marks, data]);

  const lookup = useMemo(() => valueLookup(data.axis, data.spx.close), [data]);
  useSyncMember(sync, handle, (parts) => parts.close, lookup);

  return (
    <div className="chart-block">
      <MarketLegend sync={sync} axis={data.axis} testId="spx-legend" marks={marks} specs={[
        { label: 'SPX close', color: SERIES_COLORS.spx, values: data.spx.close, format: formatPoints },
        { label: 'MACD', color: SERIES_COLORS.macd, values: data.spx.macd, format: formatSignedPoints },
        { label: 'signal', color: SERIES_COLORS.signal, values: data.spx.signal, format: formatSignedPoints },
        { label: 'histogram', color: SERIES_COLORS.histogramUp, values: data.spx.histogram, format: formatSignedPoints },
      ]} />
      <div ref={ref} className="chart-canvas chart-tall" data-testid="spx-chart" data-panes={handle?.chart.panes().length ?? 0} />
    </div>
  );
}
