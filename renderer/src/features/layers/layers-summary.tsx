import type { LayerSummary, LayerTotals, Portfolio } from '../../../../shared/domain/types';
import { formatCents } from '../../../../shared/format/money';
import { pnlClass } from '../../format/money';
import { isOpenCondor, openCondorMaxLossCents } from '../../trading/condor-risk';

/** One line of context above the table: how much of the risk capital the open condors use. */
export function LayersSummary({ openLayers, totals, portfolio }: { openLayers: readonly LayerSummary[]; totals: LayerTotals; portfolio: Portfolio }) {
  const openCondors = openLayers.filter(isOpenCondor);
  const atRisk = openCondors.reduce((sum, l) => sum + (openCondorMaxLossCents(l) ?? 0), 0);
  const share = portfolio.riskCapitalCents > 0 ? (atRisk / portfolio.riskCapitalCents) * 100 : 0;
  const realized = totals.realizedPnlCents;
  const fees = totals.feesCents;
  const hedges = openLayers.filter((l) => l.status === 'open' && l.role === 'hedge').length;
  return (
    <dl className="summary-strip" data-testid="layers-summary">
      <div><dt>Open condor layers</dt><dd>{openCondors.length} <span className="muted">of {portfolio.settings.maxCondorLayers}</span></dd></div>
      <div><dt>Open hedges</dt><dd>{hedges}</dd></div>
      <div>
        <dt>Max loss at risk</dt>
        <dd className={share > 100 ? 'pnl-neg' : undefined}>{formatCents(atRisk)} <span className="muted">{share.toFixed(1)}% of {formatCents(portfolio.riskCapitalCents)}</span></dd>
      </div>
      <div><dt>Realized P&amp;L</dt><dd className={pnlClass(realized)}>{formatCents(realized)}</dd></div>
      <div><dt>Fees paid</dt><dd>{formatCents(fees)}</dd></div>
    </dl>
  );
}
