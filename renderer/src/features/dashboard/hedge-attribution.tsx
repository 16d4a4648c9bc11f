import type { DashboardData } from '../../../../shared/dashboard/types';
import { layerHref } from '../../routing/route';
import { dollarsClass, formatDollars } from './dashboard-format';
import { HelpTip } from '../../components/help-tip';
import { METRIC_HELP } from './metric-help';

/** What each hedge protects and what it has cost or saved; the condor book with and without hedges. */
export function HedgeAttribution({ data }: { data: DashboardData }) {
  return (
    <section className="card dashboard-hedges" aria-labelledby="hedges-title" data-testid="hedge-attribution">
      <h2 id="hedges-title">Hedge attribution <HelpTip topic="Hedge attribution">{METRIC_HELP.hedges}</HelpTip></h2>
      {data.hedges.length === 0 ? <p className="muted">No open hedge layer.</p> : (
        <ul className="hedge-list">
          {data.hedges.map((h) => (
            <li key={h.hedgeLayerId} data-testid={`hedge-${h.hedgeLayerId}`}>
              <a href={layerHref(h.hedgeLayerId)}>Hedge #{h.hedgeLayerId}</a>{' '}
              <span className="muted">protects {h.protectsLayerIds.length === 0 ? 'no layer named' : h.protectsLayerIds.map((id) => `#${id}`).join(', ')}</span>{' '}
              <span className={dollarsClass(h.pnlDollars)}>{formatDollars(h.pnlDollars)}</span>{' '}
              <span className="muted">{h.pnlDollars < 0 ? 'cost so far' : h.pnlDollars > 0 ? 'saved so far' : 'break-even'}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="hedge-book">
        <div><dt>Condor book P&amp;L, without hedges</dt><dd className={dollarsClass(data.condorPnlDollars)} data-testid="condor-pnl">{formatDollars(data.condorPnlDollars)}</dd></div>
        <div><dt>Condor book P&amp;L, with hedges</dt><dd className={dollarsClass(data.condorPnlWithHedgesDollars)} data-testid="condor-pnl-hedged">{formatDollars(data.condorPnlWithHedgesDollars)}</dd></div>
      </dl>
    </section>
  );
}
