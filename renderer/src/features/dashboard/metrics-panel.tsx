import type { DashboardData } from '../../../../shared/dashboard/types';
import { dollarsClass, formatDollars, formatPct, formatSigned } from './dashboard-format';
import { formatIrr } from '../../../../shared/analytics/irr-format';
import { Metric } from './metric';

/** "+20.00% on margin over 27 days": the holding-period return shown beside every annualised IRR. */
export function holdingNote(data: Pick<DashboardData, 'irrHolding'>): string {
  const h = data.irrHolding;
  const hpr = h.holdingPeriodReturn === null ? 'no margin posted' : `${h.holdingPeriodReturn > 0 ? '+' : ''}${formatPct(h.holdingPeriodReturn)} on margin`;
  return `${hpr} over ${h.daysHeld} day${h.daysHeld === 1 ? '' : 's'}${h.young ? ` (< ${h.minAgeDays}: annualised figure greyed)` : ''}`;
}

/** The position's figures, each with its unit and its "?" definition. */
export function MetricsPanel({ data }: { data: DashboardData }) {
  return (
    <section className="card dashboard-metrics" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Metrics <span className="th-note muted">as of {data.asOf}</span></h2>
      <PositionMetrics data={data} />
      <h3 className="metric-group">Greeks <span className="th-note muted">whole scope, dollars</span></h3>
      <GreekMetrics data={data} />
      <h3 className="metric-group">Return on capital <span className="th-note muted">annual rates</span></h3>
      <ReturnMetrics data={data} />
    </section>
  );
}

/** P&L, the payoff's extremes at the last expiration, and the margin against the risk capital. */
function PositionMetrics({ data }: { data: DashboardData }) {
  const marginShare = data.riskCapitalDollars > 0 ? data.marginDollars / data.riskCapitalDollars : null;
  return (
    <dl className="metric-grid">
      <Metric name="net-credit" label="Net credit" help="netCredit" className={dollarsClass(data.netCreditDollars)}>{formatDollars(data.netCreditDollars)}</Metric>
      <Metric name="realized-pnl" label="Realised P&L" help="realizedPnl" className={dollarsClass(data.realizedPnlDollars)}>{formatDollars(data.realizedPnlDollars)}</Metric>
      <Metric name="open-pnl" label="Open P&L" help="openPnl" className={dollarsClass(data.openPnlDollars)}>{formatDollars(data.openPnlDollars)}</Metric>
      <Metric name="max-profit" label="Max profit at last exp." help="maxProfit">{data.maxProfitDollars === null ? '—' : formatDollars(data.maxProfitDollars)}</Metric>
      <Metric name="max-loss" label="Max loss at last exp." help="maxLoss">{data.maxLossDollars === null ? '—' : formatDollars(-data.maxLossDollars)}</Metric>
      <Metric name="margin" label="Margin in use" help="margin" note={`of ${formatDollars(data.riskCapitalDollars)} risk capital${marginShare === null ? '' : ` (${formatPct(marginShare, 1)})`}`}>
        {formatDollars(data.marginDollars)}
      </Metric>
      <Metric name="open-max-loss" label="Open max loss (condors)" help="openMaxLoss">{formatDollars(data.openMaxLossDollars)}</Metric>
    </dl>
  );
}

function GreekMetrics({ data }: { data: DashboardData }) {
  const g = data.greeks;
  return (
    <dl className="metric-grid">
      <Metric name="delta" label="Δ delta" help="delta">{g ? `${formatSigned(g.deltaPerPoint, 2)} $/pt` : '—'}</Metric>
      <Metric name="gamma" label="Γ gamma" help="gamma">{g ? `${formatSigned(g.gammaPerPoint, 3)} $/pt²` : '—'}</Metric>
      <Metric name="theta" label="Θ theta" help="theta">{g ? `${formatSigned(g.thetaPerDay, 2)} $/day` : '—'}</Metric>
      <Metric name="vega" label="Vega" help="vega">{g ? `${formatSigned(g.vegaPerVolPoint, 2)} $/vol pt` : '—'}</Metric>
      <Metric name="pop" label="Probability of profit" help="pop">{data.probabilityOfProfit === null ? '—' : formatPct(data.probabilityOfProfit, 1)}</Metric>
    </dl>
  );
}

function ReturnMetrics({ data }: { data: DashboardData }) {
  const h = data.irrHolding;
  // Below the minimum age the annualised rate is not the headline: greyed, with its basis.
  const young = data.irr.ok && h.young;
  return (
    <dl className="metric-grid">
      <Metric name="irr" label="IRR (portfolio)" help="irr" className={data.irr.ok ? `${dollarsClass(data.irr.rate)}${young ? ' metric-young' : ''}` : 'metric-undefined'}
        note={holdingNote(data)}>
        {data.irr.ok ? `${formatIrr(data.irr.rate, 2)}${young ? ` (annualised from ${h.daysHeld} days)` : ''}` : data.irr.reason}
      </Metric>
      <Metric name="wacc" label="WACC" help="wacc" className={data.wacc === null ? 'metric-undefined' : ''}>{data.wacc === null ? data.waccError ?? 'undefined' : formatPct(data.wacc)}</Metric>
      <Metric name="irr-minus-wacc" label="IRR − WACC" help="spread" className={data.irrMinusWacc === null ? 'metric-undefined' : `${dollarsClass(data.irrMinusWacc)}${young ? ' metric-young' : ''}`}>
        {data.irrMinusWacc === null ? 'undefined (needs both rates)' : `${data.irrMinusWacc > 0 ? '+' : ''}${formatPct(data.irrMinusWacc)}`}
      </Metric>
      <Metric name="capital-days" label="Capital-days" help="capitalDays">{`${formatSigned(data.capitalDollarDays, 0)} $·days`}</Metric>
    </dl>
  );
}
