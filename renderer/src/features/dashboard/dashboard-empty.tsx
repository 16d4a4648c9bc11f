import type { DashboardData } from '../../../../shared/dashboard/types';
import { EmptyState } from '../../components/empty-state';
import { routeHref } from '../../routing/route';

/** No open layer on the date: nothing to chart, say why and where to start. */
export function NoOpenLayers({ asOf }: { asOf: string }) {
  return (
    <EmptyState title={`No open layer on ${asOf}`} testId="dashboard-empty">
      <p>The dashboard charts the combined payoff of the layers open on its date. Open a base iron condor (about 45 DTE) in Layers, or pick an earlier “as of” date to review a past position.</p>
      <a className="button button-primary" href={routeHref({ section: 'layers', layerId: null })}>Go to Layers to add an iron condor</a>
    </EmptyState>
  );
}

/** Closes missing: the chart still draws around the strikes, but spot, VIX and beta are guesses. */
export function NoMarketData({ data }: { data: DashboardData }) {
  if (data.market.spx !== null && data.market.vix !== null) return null;
  const missing = [data.market.spx === null ? 'SPX' : null, data.market.vix === null ? 'VIX' : null].filter(Boolean).join(' and ');
  return (
    <div className="dashboard-notice" data-testid="dashboard-no-market" role="status">
      No {missing} close on or before {data.asOf}: the payoff is priced with placeholders.{' '}
      <a href={routeHref({ section: 'market', layerId: null })}>Import or type closes in Market data</a>.
    </div>
  );
}
