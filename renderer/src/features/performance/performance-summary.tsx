import type { PerformanceResult } from '../../../../shared/performance';
import { pct, pnlTone, usd } from './format';

/** The headline figures of the range. */
export function PerformanceSummary({ p }: { p: PerformanceResult }) {
  const dd = p.maxDrawdown;
  return (
    <dl className="summary-strip" data-testid="performance-summary">
      <div><dt>Realised P&amp;L</dt><dd className={pnlTone(p.totals.realizedDollars)} data-testid="total-realized">{usd(p.totals.realizedDollars)}</dd></div>
      <div><dt>Closed layers</dt><dd data-testid="total-closed">{p.totals.closedLayers}</dd></div>
      <div><dt>Win rate</dt><dd data-testid="total-win-rate">{pct(p.stats.overall.winRate)}</dd></div>
      <div><dt>Fees paid</dt><dd data-testid="total-fees">{usd(p.totals.feesDollars)}</dd></div>
      <div>
        <dt>Max drawdown</dt>
        <dd data-testid="max-drawdown" className={dd ? 'pnl-neg' : undefined}>
          {dd ? <>{usd(-dd.amountDollars)} <span className="muted">{dd.pct === null ? '' : `${pct(dd.pct, 2)} of peak equity (risk capital + peak P&L) · `}{dd.peakDate ?? 'start'} → {dd.troughDate}</span></> : 'none'}
        </dd>
      </div>
    </dl>
  );
}
