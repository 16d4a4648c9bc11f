import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { MarketState } from '../../../../shared/dashboard/types';
import type { AppInfo, Portfolio } from '../../../../shared/domain/types';
import { FormError } from '../../components/form-error';
import { AllocationSlots } from './allocation-slots';
import { AsOfControl } from './as-of-control';
import { DashboardChartCard } from './dashboard-chart-card';
import { NoMarketData, NoOpenLayers } from './dashboard-empty';
import { DashboardLayersTable } from './dashboard-layers-table';
import type { DashboardQuery } from './dashboard-query';
import { HedgeAttribution } from './hedge-attribution';
import { MetricsPanel } from './metrics-panel';
import { useDashboardData } from './use-dashboard-data';
import { UpcomingEvents } from './upcoming-events';
import { useScrubStart } from './use-scrub-start';
import { useDebounced } from '../../hooks/use-debounced';
import { useAppState } from '../../state/use-app-state';

interface DashboardPageProps {
  portfolio: Portfolio;
  info: AppInfo;
  /** The rules' prompts for the dashboard's as-of date (the view fills it); a decision or trade there reloads the dashboard. */
  promptsPanel(slot: { asOf: string; onChanged(): void }): ReactNode;
}

/**
 * The as-of date settles for this long before the prompts are re-evaluated and the app's shared
 * date moves (the dashboard itself follows every step: use-dashboard-data.ts coalesces).
 */
const SETTLE_MS = 180;

/** The SPX (and VIX) closes the figures use, with their dates; nothing before an SPX close is stored. */
function MarketQuote({ market }: { market: MarketState }) {
  if (market.spx === null) return null;
  return (
    <span className="dashboard-market muted" data-testid="dashboard-market">
      SPX {market.spx.toFixed(2)} ({market.spxDate}){market.vix !== null ? ` · VIX ${market.vix.toFixed(2)} (${market.vixDate})` : ''}
    </span>
  );
}

/**
 * Moves the app's shared as-of date (and with it the entry forms' date) to the one the trader
 * chose: once it rests, or at once when the page is left before it did.
 */
function useSharedAsOf(liveAsOf: string, settledAsOf: string): void {
  const { asOf: sharedAsOf, setAsOf } = useAppState();
  const live = useRef({ liveAsOf, sharedAsOf });
  live.current = { liveAsOf, sharedAsOf };
  useEffect(() => { if (settledAsOf !== live.current.sharedAsOf) setAsOf(settledAsOf); }, [settledAsOf, setAsOf]);
  useEffect(() => () => { if (live.current.liveAsOf !== live.current.sharedAsOf) setAsOf(live.current.liveAsOf); }, [setAsOf]);
}

export function DashboardPage({ portfolio, info, promptsPanel }: DashboardPageProps) {
  // The as-of date lives in app state: entry forms start at it, and it survives leaving the page.
  const { asOf: sharedAsOf } = useAppState();
  const [query, setQuery] = useState<DashboardQuery>({ asOf: sharedAsOf || info.today, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null });
  const dashboard = useDashboardData(portfolio.id, query);
  const scrubStart = useScrubStart(portfolio.id, dashboard.revision);
  const settledAsOf = useDebounced(query.asOf, SETTLE_MS);
  useSharedAsOf(query.asOf, settledAsOf);
  const data = dashboard.data;
  const change = (patch: Partial<DashboardQuery>) => setQuery((q) => ({ ...q, ...patch }));

  return (
    <section className="view view-dashboard" aria-labelledby="view-title-dashboard">
      <header className="view-header">
        <h1 id="view-title-dashboard">Dashboard</h1>
        <AsOfControl value={query.asOf} today={info.today} scrubStart={scrubStart} onChange={(asOf) => change({ asOf, curveDate: null })} />
        {data ? <MarketQuote market={data.market} /> : null}
        <div className="view-actions">
          <button type="button" className="button" onClick={dashboard.reload} data-testid="dashboard-refresh">Refresh</button>
        </div>
      </header>
      <FormError error={dashboard.error} lead="Dashboard not computed." />
      {promptsPanel({ asOf: settledAsOf, onChanged: dashboard.reload })}
      {!data ? <p className="muted">Computing the dashboard…</p> : null}
      {data ? <NoMarketData data={data} /> : null}
      {data && data.layers.length === 0 ? <NoOpenLayers asOf={data.asOf} /> : null}
      {data && data.layers.length === 0 ? <UpcomingEvents portfolio={portfolio} asOf={data.asOf} /> : null}
      {data && data.layers.length > 0 ? (
        <div className="dashboard-grid">
          <div className="dashboard-main">
            <DashboardChartCard portfolioId={portfolio.id} data={data} query={query} loading={dashboard.loading} onChange={change} />
            <HedgeAttribution data={data} />
          </div>
          <div className="dashboard-side">
            <MetricsPanel data={data} />
            <AllocationSlots slots={data.slots} />
            <UpcomingEvents portfolio={portfolio} asOf={data.asOf} />
          </div>
          <DashboardLayersTable layers={data.layers} asOf={data.asOf} lateDte={portfolio.settings.lateDte} onMarkSaved={dashboard.reload} />
        </div>
      ) : null}
    </section>
  );
}
