import { useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, EconomicEvent, ImportSummary, MarketBar, Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { useSessionState } from '../../hooks/use-session-state';
import { useToast } from '../../toast/use-toast';
import { CloseEntryForm } from './close-entry-form';
import { CsvImportPanel } from './csv-import-panel';
import { MarketCharts } from './market-charts';
import { MarketCoverage } from './market-coverage';
import { MarketEmptyState } from './market-empty-state';
import { formatHundredths } from '../../../../shared/format/money';
import { MarketRangeToggle } from './market-range-toggle';
import { MarketReadings } from './market-readings';
import { MarketRevisions } from './market-revisions';
import { MarketTable } from './market-table';
import { MARKET_RANGES, marketChartData, type MarketRange } from './market-series';
import { useMarketData } from './use-market-data';

/** Market data: closes in (CSV or by hand), indicators and events out, on synced charts. */
interface MarketPageProps {
  portfolio: Portfolio;
  info: AppInfo;
  /** The economic calendar below the charts (the view fills it); `reload` re-reads the events the charts mark. */
  eventsPanel(slot: { events: readonly EconomicEvent[]; reload(): void }): ReactNode;
}

export function MarketPage({ portfolio, info, eventsPanel }: MarketPageProps) {
  const { settings } = portfolio;
  const { bars, market, storedClose } = useMarketData(settings);
  const events = useLoad(() => api.send('event/list', {}), 'events');
  const [range, setRange] = useSessionState<MarketRange>('alvh.market.range', '1Y', MARKET_RANGES);
  const chartData = useMemo(() => (market ? marketChartData(market, range) : null), [market, range]);
  const toast = useToast();
  const hasBars = chartData !== null && chartData.axis.length > 0;
  // Moves on every market write so the table and the history reload with the charts.
  const [version, setVersion] = useState(0);
  const changed = (message: string) => {
    toast(message);
    setVersion((v) => v + 1);
    bars.reload();
  };

  const imported = (summary: ImportSummary) => changed(`${summary.symbol}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.skipped} skipped`);
  const saved = (bar: MarketBar) => changed(`${bar.symbol} close on ${bar.date}: ${formatHundredths(bar.closeHundredths)} pts saved`);

  return (
    <section className="view view-wide" aria-labelledby="view-title-market-data">
      <header className="view-header">
        <h1 id="view-title-market-data">Market data</h1>
        {bars.data ? <MarketCoverage bars={bars.data} skipped={market?.skipped.length ?? 0} /> : null}
        <div className="view-actions">
          <MarketRangeToggle value={range} onChange={setRange} />
        </div>
      </header>
      <FormError error={bars.error} lead="Market data could not be loaded." />
      {market && hasBars ? <MarketReadings market={market} settings={settings} today={info.today} /> : null}
      <div className="market-inputs">
        <CsvImportPanel onImported={imported} />
        <CloseEntryForm today={info.today} storedClose={storedClose} onSaved={saved} />
      </div>
      {bars.loading && !bars.data ? <p className="muted">Loading closes…</p> : null}
      {chartData && !hasBars ? <MarketEmptyState /> : null}
      {chartData && hasBars ? <MarketCharts data={chartData} events={events.data ?? []} settings={settings} /> : null}
      <MarketTable today={info.today} version={version} onChanged={changed} />
      <MarketRevisions version={version} onChanged={changed} />
      <FormError error={events.error} lead="Events could not be loaded." />
      {eventsPanel({ events: events.data ?? [], reload: events.reload })}
    </section>
  );
}
