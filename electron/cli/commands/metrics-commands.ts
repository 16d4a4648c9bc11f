import { formatIrr } from '../../../shared/analytics/irr-format';
import { metricsSummary, type MetricsSummary } from '../../../shared/dashboard';
import { date, optional, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { formatDollars } from '../../../shared/format/money';
import { findPortfolioId } from './lookup';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
const irrText = (x: number) => formatIrr(x, 2);
const usd = (x: number | null) => (x === null ? '—' : formatDollars(x));

export const metrics: CliCommand = {
  name: 'metrics',
  summary: "the dashboard's figures for a portfolio (same handler as the app)",
  usage: 'alvh metrics --db F --portfolio NAME [--date YYYY-MM-DD] [--json]',
  options: { portfolio: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, backend, out }) {
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const asOf = optional(values, 'date');
    const m = metricsSummary(await backend.send('dashboard/get', { portfolioId, ...(asOf ? { asOf: date(asOf, 'date') } : {}) }));
    if (values.json) return out(JSON.stringify(m, null, 2));
    out(`As of ${m.asOf}`);
    if (m.marketDataEnds !== null) out(`  market data ends ${m.marketDataEnds}; figures use that close`);
    out(`  net credit ${usd(m.netCredit)} · realised ${usd(m.realizedPnl)} · open ${usd(m.openPnl)} · margin ${usd(m.margin)}`);
    out(`  at the last expiration: max profit ${usd(m.maxProfit)}, max loss ${usd(m.maxLoss)}, break-evens ${m.breakEvens.join(' / ') || '—'}`);
    out(`  holding-period return ${pct(m.holdingPeriodReturn)} on margin over ${m.daysHeld} days`);
    out(returnsLine(m));
    if (m.greeks) out(greeksLine(m.greeks));
    for (const l of m.layers) out(layerLine(l));
  },
};

/** IRR (annualised, noting when from a short holding), WACC and their spread; an error text where one is undefined. */
function returnsLine(m: MetricsSummary): string {
  const annualised = m.irr === null ? m.irrError : `${irrText(m.irr)}${m.irrYoung ? ` (annualised from ${m.daysHeld} days)` : ''}`;
  return `  IRR ${annualised} · WACC ${m.wacc === null ? m.waccError : pct(m.wacc)} · IRR − WACC ${pct(m.irrMinusWacc)}`;
}

function greeksLine(g: NonNullable<MetricsSummary['greeks']>): string {
  return `  Δ ${g.delta.toFixed(2)} $/pt · Γ ${g.gamma.toFixed(4)} $/pt² · Θ ${usd(g.thetaPerDay)}/day · vega ${usd(g.vegaPerPoint)}/vol pt`;
}

type LayerMetrics = MetricsSummary['layers'][number];

/** A layer's value: its settlement once expired (not yet booked), else its mark and where it came from. */
function layerValue(l: LayerMetrics): string {
  if (l.status === 'expired-unbooked') return `settlement ${l.settlement ?? 'price missing'}`;
  const userMark = l.lastUserMark && l.markSource !== 'user' ? `, last user mark ${l.lastUserMark.date} (${l.lastUserMark.ageDays} d old)` : '';
  return `mark ${l.mark ?? '—'} (${l.markSource ?? '—'})${userMark}`;
}

function layerLine(l: LayerMetrics): string {
  const captured = `captured ${pct(l.pctMaxProfit)} P&L ${usd(l.pnl)}`;
  return `  #${l.id} ${l.role} ${l.status} exp ${l.expiration ?? '—'} (${l.dte ?? '—'} DTE) credit ${l.credit} ${layerValue(l)} ${captured}`;
}
