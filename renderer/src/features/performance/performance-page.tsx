import { useState } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { isIsoDate } from '../../../../shared/dates';
import { DateInput } from '../../components/date-input';
import { useAppState } from '../../state/use-app-state';
import { AsOfNote } from '../../components/as-of-note';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/form-error';
import { CampaignsTable } from './campaigns-table';
import { EquityChart } from './equity-chart';
import { PerformanceSummary } from './performance-summary';
import { PnlCalendar } from './pnl-calendar';
import { StatsTable, type Grouping } from './stats-table';

/**
 * The page's query. A date being typed applies once it is a whole ISO date. As of the app's
 * as-of date, like the dashboard: only tickets dated on or before it ('' before app info loads).
 */
function performanceInput(portfolioId: number, range: { from: string; to: string }, asOf: string) {
  return { portfolioId, ...(asOf !== '' ? { asOf } : {}), ...(isIsoDate(range.from) ? { from: range.from } : {}), ...(isIsoDate(range.to) ? { to: range.to } : {}) };
}

/**
 * Performance over time: realised P&L by the date it was realised (a partial close pro rata,
 * a full close the rest), as an equity curve with drawdown, a month calendar, trade statistics
 * and roll campaigns. Open layers' unrealised P&L lives on the dashboard, not here.
 */
export function PerformancePage({ portfolio }: { portfolio: Portfolio }) {
  const [range, setRange] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [grouping, setGrouping] = useState<Grouping>('overall');
  const [month, setMonth] = useState<string | null>(null);
  const input = performanceInput(portfolio.id, range, useAppState().asOf);
  const perf = useLoad(() => api.send('performance/get', input), JSON.stringify(input));
  const p = perf.data;
  const selected = month ?? p?.calendar.months.at(-1)?.month ?? null;

  return (
    <section className="performance" aria-labelledby="performance-title" data-testid="performance">
      <header className="performance-header">
        <h2 id="performance-title">Performance</h2>
        <AsOfNote testId="performance-as-of" />
        <div className="range-fields">
          <label>From <DateInput value={range.from} max={range.to || undefined} aria-label="From" onChange={(from) => setRange((r) => ({ ...r, from }))} /></label>
          <label>To <DateInput value={range.to} min={range.from || undefined} aria-label="To" onChange={(to) => setRange((r) => ({ ...r, to }))} /></label>
          {range.from || range.to ? <button type="button" className="button" onClick={() => setRange({ from: '', to: '' })}>All dates</button> : null}
        </div>
      </header>
      <FormError error={perf.error} />
      {perf.loading && !p ? <p className="muted">Loading performance…</p> : null}
      {p && p.equity.length === 0 && p.totals.closedLayers === 0 ? (
        <EmptyState title="No closed layers yet" testId="performance-empty">
          <p>Realised P&amp;L appears here once a layer is closed, rolled or partly closed{range.from || range.to ? ' in this date range' : ''}: the equity curve, the monthly calendar, win rate and expectancy, and roll campaigns with their IRR.</p>
        </EmptyState>
      ) : null}
      {p && (p.equity.length > 0 || p.totals.closedLayers > 0) ? (
        <>
          <PerformanceSummary p={p} />
          <div className="performance-panel">
            <h3>Cumulative realised P&amp;L ($) and drawdown ($)</h3>
            <EquityChart equity={p.equity} drawdown={p.drawdown} />
          </div>
          <div className="performance-panel">
            <h3>Realised P&amp;L by month ($)</h3>
            <PnlCalendar months={p.calendar.months} days={p.calendar.days} selected={selected} onSelect={setMonth} />
          </div>
          <div className="performance-panel">
            <h3>Closed-layer statistics</h3>
            <StatsTable stats={p.stats} grouping={grouping} onGrouping={setGrouping} />
          </div>
          <div className="performance-panel">
            <h3>Roll campaigns</h3>
            <CampaignsTable campaigns={p.campaigns} />
          </div>
        </>
      ) : null}
    </section>
  );
}
