import type { IrrResult } from '../../../shared/analytics';
import type { MaybeNumber, TradeStats } from '../../../shared/performance';
import { date, optional, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { formatDollars } from '../../../shared/format/money';
import { findPortfolioId } from './lookup';

const usd = (x: number | null) => (x === null ? '—' : formatDollars(x));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const factor = (m: MaybeNumber) => (m.value === null ? `— (${m.reason})` : m.value.toFixed(2));
const irr = (r: IrrResult) => (r.ok ? `${(r.rate * 100).toFixed(1)}%/yr` : `undefined (${r.reason})`);
const statsLine = (label: string, s: TradeStats) =>
  `  ${label}: ${s.count} trades · win rate ${pct(s.winRate)} · avg win ${usd(s.averageWinDollars)} · avg loss ${usd(s.averageLossDollars)} · expectancy ${usd(s.expectancyDollars)} · profit factor ${factor(s.profitFactor)} · captured ${pct(s.averageCaptured)} · held ${s.averageDaysHeld === null ? '—' : `${s.averageDaysHeld.toFixed(1)} days`}`;

export const performance: CliCommand = {
  name: 'performance',
  summary: 'realised P&L over time: equity, drawdown, months, trade statistics and roll campaigns',
  usage: 'alvh performance --db F --portfolio NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--date YYYY-MM-DD] [--json]',
  options: { portfolio: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, backend, out }) {
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const from = optional(values, 'from');
    const to = optional(values, 'to');
    // --date: the book as of that day (only tickets dated on or before it), like `metrics --date`.
    const asOf = optional(values, 'date');
    const p = await backend.send('performance/get', {
      portfolioId, ...(from ? { from: date(from, 'from') } : {}), ...(to ? { to: date(to, 'to') } : {}), ...(asOf ? { asOf: date(asOf, 'date') } : {}),
    });
    if (values.json) return out(JSON.stringify(p, null, 2));
    out(`Performance ${p.from ?? 'from the start'} → ${p.to ?? asOf ?? 'today'}`);
    out(`  realised ${usd(p.totals.realizedDollars)} over ${p.totals.closedLayers} closed layers · fees ${usd(p.totals.feesDollars)}`);
    const dd = p.maxDrawdown;
    out(`  max drawdown ${dd === null ? 'none' : `${usd(dd.amountDollars)} (${pct(dd.pct)}) from ${dd.peakDate ?? 'the start'} to ${dd.troughDate}`}`);
    for (const m of p.calendar.months) out(`  ${m.month}  ${usd(m.realizedDollars)}`);
    out(statsLine('overall', p.stats.overall));
    for (const g of p.stats.byRules) out(statsLine(g.key, g.stats));
    for (const c of p.campaigns) out(`  campaign #${c.layerIds.join(' → #')}: ${usd(c.realizedDollars)} · IRR ${irr(c.irr)}`);
  },
};
