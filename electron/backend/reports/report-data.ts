/**
 * Everything a report shows, gathered once so the PDF, the CSVs and the JSON agree with each
 * other and with the app: the figures come from the `dashboard/get` and `performance/get`
 * handlers themselves (not a re-implementation), the ledger from the same repos they read.
 */
import type { BacktestResult } from '../../../shared/backtest';
import type { Dollars } from '../../../shared/money';
import type { PayoffCurveData } from '../../../shared/dashboard';
import { metricsSummary, type MetricsSummary } from '../../../shared/dashboard';
import type { Decision, JournalNote, LayerDetail, Portfolio, Ticket } from '../../../shared/domain/types';
import type { MaxDrawdown, PerformanceResult } from '../../../shared/performance';
import type { Backend } from '../backend';
import { bookAsOf } from '../../../shared/domain/layer-as-of';
import { listLayers } from '../repos/layers';
import { today } from '../context';
import { centsToDollars } from '../../../shared/money';

export interface ReportRequest {
  portfolioId: number;
  /** Inclusive range; null = from the first record / up to today. */
  from: string | null;
  to: string | null;
}

/** The headline figures. Dollars, rates as decimals (0.25 = 25%); null where a figure does not exist. */
export interface ReportSummary {
  /** The dashboard's date: `to`, or today. */
  asOf: string;
  /** Realised P&L of realisations dated in the range (performance/get), dollars. */
  realizedPnlDollars: Dollars;
  /** Fees of tickets dated in the range, dollars. */
  feesDollars: Dollars;
  /** Layers closed in the range (the trades of the win rate). */
  trades: number;
  winRate: number | null;
  /** Mean share of the opening credit kept at close, over closed credit condors. */
  averageCaptured: number | null;
  maxDrawdown: MaxDrawdown | null;
  /** Portfolio IRR as of `asOf` (dashboard/get). */
  irr: number | null;
  irrError: string | null;
  wacc: number | null;
  waccError: string | null;
  irrMinusWacc: number | null;
  /** Dashboard figures as of `asOf`, dollars. */
  openPnlDollars: Dollars;
  netCreditDollars: Dollars;
}

export interface ReportPayoff {
  /** SPX levels, points. */
  grid: number[];
  spot: number | null;
  curves: PayoffCurveData[];
  breakEvens: number[];
}

export interface ReportData {
  portfolio: { id: number; name: string; riskCapitalDollars: Dollars };
  range: { from: string | null; to: string | null };
  summary: ReportSummary;
  metrics: MetricsSummary;
  performance: PerformanceResult;
  payoff: ReportPayoff;
  /** Layers alive at some point in the range (opened ≤ to, not closed before from), oldest first, as they stand today. */
  layers: LayerDetail[];
  /** Tickets of those layers dated in the range, by date then id. */
  tickets: Ticket[];
  decisions: Decision[];
  notes: JournalNote[];
  /** A backtest to print beside the journal (pdf-backtest.ts), when the caller ran one (`alvh report --backtest`). */
  backtest?: BacktestResult;
}

const inRange = (date: string, from: string | null, to: string | null) => (from === null || date >= from) && (to === null || date <= to);

export async function gatherReportData(backend: Pick<Backend, 'send' | 'context'>, request: ReportRequest): Promise<ReportData> {
  const { portfolioId, from, to } = request;
  const portfolio: Portfolio = await backend.send('portfolio/get', { portfolioId });
  const asOf = to ?? today(backend.context);
  const range = { ...(from === null ? {} : { from }), ...(to === null ? {} : { to }) };
  const dashboard = await backend.send('dashboard/get', { portfolioId, asOf });
  const performance = await backend.send('performance/get', { portfolioId, ...range, asOf });
  const decisions = await backend.send('decision/list', { portfolioId, ...range });
  const notes = (await backend.send('note/list', { portfolioId })).filter((n) => inRange(n.date, from, to));
  // The book as of the report's end date: each layer rebuilt from its tickets ≤ asOf (shared/domain/layer-as-of.ts).
  const layers = bookAsOf(listLayers(backend.context.db, portfolioId, asOf), asOf)
    .filter((l) => (to === null || l.openedOn <= to) && (from === null || l.closedOn === null || l.closedOn >= from))
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.id - b.id);
  const tickets = layers.flatMap((l) => l.tickets).filter((t) => inRange(t.date, from, to)).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const metrics = metricsSummary(dashboard);
  const overall = performance.stats.overall;
  return {
    portfolio: { id: portfolio.id, name: portfolio.name, riskCapitalDollars: centsToDollars(portfolio.riskCapitalCents) },
    range: { from, to },
    summary: {
      asOf,
      realizedPnlDollars: performance.totals.realizedDollars,
      feesDollars: performance.totals.feesDollars,
      trades: overall.count,
      winRate: overall.winRate,
      averageCaptured: overall.averageCaptured,
      maxDrawdown: performance.maxDrawdown,
      irr: metrics.irr,
      irrError: metrics.irrError,
      wacc: metrics.wacc,
      waccError: metrics.waccError,
      irrMinusWacc: metrics.irrMinusWacc,
      openPnlDollars: metrics.openPnl,
      netCreditDollars: metrics.netCredit,
    },
    metrics,
    performance,
    payoff: { grid: dashboard.grid, spot: dashboard.market.spx, curves: dashboard.curves, breakEvens: dashboard.breakEvens },
    layers,
    tickets,
    decisions,
    notes,
  };
}
