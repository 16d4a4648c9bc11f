import { useEffect, useMemo, useState } from 'react';
import type { EconomicEvent } from '../../../../shared/domain/types';
import type { PortfolioSettings } from '../../../../shared/domain/settings';
import { createChartSync } from '../../charts/chart-sync';
import type { DatedMark } from '../../charts/date-markers';
import { EVENT_KIND_COLORS } from '../../format/event-kinds';
import { HelpTip } from '../../components/help-tip';
import { MacdHelp, RsiHelp, VolHelp } from './indicator-help';
import { spansYears, type MarketChartData } from './market-series';
import { SpxMacdChart } from './spx-macd-chart';
import { VixRsiChart } from './vix-rsi-chart';
import { VolChart } from './vol-chart';

interface MarketChartsProps {
  data: MarketChartData;
  events: readonly EconomicEvent[];
  settings: PortfolioSettings;
}

/** The three time charts, zoomed, scrolled and hovered together, with economic events as markers. */
export function MarketCharts({ data, events, settings }: MarketChartsProps) {
  const [sync] = useState(createChartSync);
  const marks = useMemo<DatedMark[]>(() => events.map((e) => ({ date: e.date, label: e.kind, color: EVENT_KIND_COLORS[e.kind], title: e.note })), [events]);
  const { rsiPeriod, rsiThreshold, realizedVolWindow, ivRvThresholdPoints } = settings;
  const logScale = spansYears(data, 15);
  // Parent effects run after the children's, so every chart has the new data by now.
  useEffect(() => sync.fitContent(), [sync, data]);

  return (
    <div className="market-charts" data-testid="market-charts">
      <section className="chart-card" aria-labelledby="chart-spx-title">
        <header className="chart-header">
          <h2 id="chart-spx-title">SPX close and MACD(12, 26, 9) <span className="chart-unit">index points{logScale ? ', close on a log scale' : ''}</span></h2>
          <HelpTip topic="MACD(12, 26, 9)" testId="help-macd"><MacdHelp /></HelpTip>
        </header>
        <SpxMacdChart data={data} sync={sync} marks={marks} logScale={logScale} />
      </section>
      <section className="chart-card" aria-labelledby="chart-vix-title">
        <header className="chart-header">
          <h2 id="chart-vix-title">VIX close and RSI({rsiPeriod}) <span className="chart-unit">vol points · RSI 0–100</span></h2>
          <HelpTip topic={`RSI(${rsiPeriod}), Wilder`} testId="help-rsi"><RsiHelp period={rsiPeriod} threshold={rsiThreshold} /></HelpTip>
        </header>
        <VixRsiChart data={data} sync={sync} marks={marks} rsiPeriod={rsiPeriod} threshold={rsiThreshold} />
      </section>
      <section className="chart-card" aria-labelledby="chart-vol-title">
        <header className="chart-header">
          <h2 id="chart-vol-title">Implied vs realised volatility <span className="chart-unit">vol points</span></h2>
          <HelpTip topic={`Realised vol (RV${realizedVolWindow})`} testId="help-rv"><VolHelp rvWindow={realizedVolWindow} threshold={ivRvThresholdPoints} /></HelpTip>
        </header>
        <VolChart data={data} sync={sync} marks={marks} rvWindow={realizedVolWindow} threshold={ivRvThresholdPoints} />
      </section>
      <p className="chart-note muted" data-testid="chart-note">
        Drag or scroll any chart to pan, pinch or wheel to zoom: the three charts move together. Arrows mark economic events (colour = kind).
        {data.thinned ? ' This long range is drawn with one point per week (the last close of each week; indicators are computed on every daily close). Pick 5Y or 1Y for daily points.' : ''}
      </p>
    </div>
  );
}
