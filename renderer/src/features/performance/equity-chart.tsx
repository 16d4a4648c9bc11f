import { AreaSeries, BaselineSeries, ColorType, createChart, type IChartApi } from 'lightweight-charts';
import { useEffect, useRef } from 'react';
import type { DrawdownPoint, EquityPoint } from '../../../../shared/performance';
import { usd } from './format';
import { dailySteps } from '../../charts/daily-steps';
import { removeChartAfterCleanups } from '../../charts/dispose-chart';

interface EquityChartProps {
  equity: readonly EquityPoint[];
  drawdown: readonly DrawdownPoint[];
}

function css(element: Element, name: string, fallback: string): string {
  return window.getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/**
 * Cumulative realised P&L as a baseline series around $0 (green above, red below), and the
 * drawdown from the running peak in a pane underneath, on a business-day time axis (each value
 * held until the next realisation).
 */
export function EquityChart({ equity, drawdown }: EquityChartProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const pos = css(element, '--pos', '#16734a');
    const neg = css(element, '--neg', '#b42318');
    const chart: IChartApi = createChart(element, {
      autoSize: true,
      layout: { background: { type: ColorType.Solid, color: css(element, '--surface', '#ffffff') }, textColor: css(element, '--text', '#1b2430'), attributionLogo: false, panes: { separatorColor: css(element, '--border-strong', '#c5cbd3') } },
      grid: { vertLines: { color: css(element, '--surface-2', '#eef0f3') }, horzLines: { color: css(element, '--surface-2', '#eef0f3') } },
      rightPriceScale: { borderColor: css(element, '--border', '#dde1e6') },
      timeScale: { borderColor: css(element, '--border', '#dde1e6') },
      localization: { priceFormatter: (dollars: number) => usd(dollars) },
    });
    const pnl = chart.addSeries(BaselineSeries, {
      baseValue: { type: 'price', price: 0 },
      topLineColor: pos, topFillColor1: `${pos}55`, topFillColor2: `${pos}11`,
      bottomLineColor: neg, bottomFillColor1: `${neg}11`, bottomFillColor2: `${neg}55`,
      lineWidth: 2,
      title: 'Realised P&L',
    });
    // Carried over every weekday so the axis is time, not the number of events.
    pnl.setData(dailySteps(equity.map((e) => ({ date: e.date, value: e.realizedCumulativeDollars }))));
    const dd = chart.addSeries(AreaSeries, { lineColor: neg, topColor: `${neg}11`, bottomColor: `${neg}44`, invertFilledArea: true, lineWidth: 1, title: 'Drawdown' }, 1);
    dd.setData(dailySteps(drawdown.map((d) => ({ date: d.date, value: d.drawdownDollars }))));
    chart.panes()[1]?.setHeight(90);
    chart.timeScale().fitContent();
    return () => removeChartAfterCleanups(chart);
  }, [equity, drawdown]);

  return <div ref={ref} className="equity-chart" data-testid="equity-chart" role="img" aria-label="Cumulative realised P&L in dollars, with its drawdown from the running peak" />;
}
