import { formatIrr } from '../../../shared/analytics/irr-format';
import { metricsSummary } from '../../../shared/dashboard';
import { date, optional, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
const irrText = (x: number) => formatIrr(x, 2);
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
    if (m.marketDataEnds !== null) out(`  market data ends ${m.marketDataEnds}; figures use that close`);
    out(`  net credit ${usd(m.netCredit)} · realised ${usd(m.realizedPnl)} · open ${usd(m.openPnl)} · margin ${usd(m.margin)}`);
    out(`  at the last expiration: max profit ${usd(m.maxProfit)}, max loss ${usd(m.maxLoss)}, break-evens ${m.breakEvens.join(' / ') || '—'}`);
    const annualised = m.irr === null ? m.irrError : `${irrText(m.irr)}${m.irrYoung ? ` (annualised from ${m.daysHeld} days)` : ''}`;
    out(`  holding-period return ${pct(m.holdingPeriodReturn)} on margin over ${m.daysHeld} days`);
    out(`  IRR ${annualised} · WACC ${m.wacc === null ? m.waccError : pct(m.wacc)} · IRR − WACC ${pct(m.irrMinusWacc)}`);
    if (m.greeks) out(`  Δ ${m.greeks.delta.toFixed(2)} $/pt · Γ ${m.greeks.gamma.toFixed(4)} $/pt² · Θ ${usd(m.greeks.thetaPerDay)}/day · vega ${usd(m.greeks.vegaPerPoint)}/vol pt`);
    for (const l of m.layers) {
      const value = l.status === 'expired-unbooked' ? `settlement ${l.settlement ?? 'price missing'}` : `mark ${l.mark ?? '—'} (${l.markSource ?? '—'})${l.lastUserMark && l.markSource !== 'user' ? `, last user mark ${l.lastUserMark.date} (${l.lastUserMark.ageDays} d old)` : ''}`;
      out(`  #${l.id} ${l.role} ${l.status} exp ${l.expiration ?? '—'} (${l.dte ?? '—'} DTE) credit ${l.credit} ${value} captured ${pct(l.pctMaxProfit)} P&L ${usd(l.pnl)}`);
    }
  },
};
