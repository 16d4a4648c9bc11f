import { LineSeries, type ISeriesApi, type MouseEventParams, type Time } from 'lightweight-charts';
import { useEffect, useMemo, useState } from 'react';
import { STRATEGY_IDS, type StrategyId, type StrategyResult } from '../../../../shared/backtest';
import { ChartLegend } from '../../charts/chart-legend';
import { isoFromTime, lineData } from '../../charts/chart-time';
import { useTimeChart } from '../../charts/use-time-chart';
import { centsToDollars } from '../../../../shared/money';
import { formatCompactDollars as compactDollars } from '../../../../shared/format/money';
import { pct, STRATEGY_COLORS, STRATEGY_LABELS } from './labels';

const drawdownText = (percent: number) => `${percent.toFixed(1).replace('-', '−')}%`;

type Lines = Record<StrategyId, { equity: ISeriesApi<'Line'>; drawdown: ISeriesApi<'Line'> }>;

/**
 * Equity of the four strategies ($, marked to model daily) on one date axis, and their drawdown
 * from the running peak (%, below zero) in a pane underneath. Hovering shows each value that day.
 */
export function StrategyEquityChart({ strategies }: { strategies: readonly StrategyResult[] }) {
  const { ref, handle } = useTimeChart<Lines>((chart) => {
    const lines = {} as Lines;
    for (const id of STRATEGY_IDS) {
      const common = { color: STRATEGY_COLORS[id], lineWidth: id === 'alvh' ? 2 : 1, priceLineVisible: false, lastValueVisible: false } as const;
      lines[id] = {
        equity: chart.addSeries(LineSeries, { ...common, priceFormat: { type: 'custom', formatter: compactDollars, minMove: 1 } }, 0),
        drawdown: chart.addSeries(LineSeries, { ...common, lineWidth: 1, priceFormat: { type: 'custom', formatter: drawdownText, minMove: 0.01 } }, 1),
      };
    }
    chart.applyOptions({ layout: { attributionLogo: false } });
    chart.panes()[1]?.setHeight(110);
    return lines;
  });
  const axis = useMemo(() => strategies[0]?.equity.map((p) => p.date) ?? [], [strategies]);
  const [hover, setHover] = useState<string | null>(null);

  useEffect(() => {
    if (!handle) return undefined;
    for (const s of strategies) {
      const byDate = new Map(s.equity.map((p) => [p.date, p]));
      handle.parts[s.id].equity.setData(lineData(axis, axis.map((d) => { const p = byDate.get(d); return p ? centsToDollars(p.equityCents) : null; })));
      handle.parts[s.id].drawdown.setData(lineData(axis, axis.map((d) => { const p = byDate.get(d); return p ? -p.drawdown * 100 : null; })));
    }
    handle.chart.timeScale().fitContent();
    const onMove = (param: MouseEventParams<Time>) => setHover(isoFromTime(param.time));
    handle.chart.subscribeCrosshairMove(onMove);
    return () => handle.chart.unsubscribeCrosshairMove(onMove);
  }, [handle, strategies, axis]);

  const date = hover ?? axis[axis.length - 1] ?? null;
  const index = date === null ? -1 : axis.indexOf(date);
  const items = strategies.map((s) => {
    const point = index < 0 ? undefined : s.equity[index];
    return { label: STRATEGY_LABELS[s.id], color: STRATEGY_COLORS[s.id], value: point ? `${compactDollars(centsToDollars(point.equityCents))} · DD ${pct(-point.drawdown)}` : null };
  });

  return (
    <div className="bt-chart-block">
      <ChartLegend date={date} items={items} testId="bt-chart-legend" />
      <div ref={ref} className="bt-equity-chart" data-testid="bt-equity-chart" role="img" aria-label="Equity in dollars of ALVH, ALVH without hedge, a plain monthly condor and buy-and-hold SPX, with each drawdown from its running peak in percent below" />
    </div>
  );
}
