import { metricsSummary } from '../../../shared/dashboard';
import { date, optional, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
const usd = (x: number | null) => (x === null ? '—' : `$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);

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
    out(`  net credit ${usd(m.netCredit)} · realised ${usd(m.realizedPnl)} · open ${usd(m.openPnl)} · margin ${usd(m.margin)}`);
    out(`  at the last expiration: max profit ${usd(m.maxProfit)}, max loss ${usd(m.maxLoss)}, break-evens ${m.breakEvens.join(' / ') || '—'}`);
    out(`  IRR ${m.irr === null ? m.irrError : pct(m.irr)} · WACC ${m.wacc === null ? m.waccError : pct(m.wacc)} · IRR − WACC ${pct(m.irrMinusWacc)}`);
    if (m.greeks) out(`  Δ ${m.greeks.delta.toFixed(2)} $/pt · Γ ${m.greeks.gamma.toFixed(4)} $/pt² · Θ ${usd(m.greeks.thetaPerDay)}/day · vega ${usd(m.greeks.vegaPerPoint)}/vol pt`);
    for (const l of m.layers) out(`  #${l.id} ${l.role} exp ${l.expiration ?? '—'} (${l.dte ?? '—'} DTE) credit ${l.credit} mark ${l.mark ?? '—'} (${l.markSource ?? '—'}) captured ${pct(l.pctMaxProfit)} P&L ${usd(l.pnl)}`);
  },
};
