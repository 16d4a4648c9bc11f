import { useEffect, useState } from 'react';
import type { DashboardData } from '../../../../shared/dashboard/types';
import { useOverlayCurves } from './use-overlay-curves';
import { BetaNote } from './beta-note';
import { BreakEvensList } from './break-evens-list';
import { CurveDateControl } from './curve-date-control';
import { DashboardWarnings } from './dashboard-warnings';
import { PayoffChart } from './payoff-chart';
import { ScopeControl } from './scope-control';
import type { DashboardQuery } from './dashboard-query';
import { VolShiftControl } from './vol-shift-control';
import { useDebounced } from '../../hooks/use-debounced';

/** The overlays are extras: they are asked for once the controls settle, not at every step of a drag. */
const OVERLAY_SETTLE_MS = 180;

interface DashboardChartCardProps {
  portfolioId: number;
  data: DashboardData;
  /** The controls' live values (the data may still answer an older query while they move). */
  query: DashboardQuery;
  loading: boolean;
  onChange(patch: Partial<DashboardQuery>): void;
}

/** The combined payoff chart with its what-if controls, break-evens and the VIX-beta caveat. */
export function DashboardChartCard({ portfolioId, data, query, loading, onChange }: DashboardChartCardProps) {
  // Several T+n dates at once: the chosen date can be pinned (up to three), then another chosen.
  const [pinned, setPinned] = useState<string[]>([]);
  useEffect(() => setPinned([]), [data.asOf]);
  const overlays = useOverlayCurves(portfolioId, useDebounced(query, OVERLAY_SETTLE_MS), pinned, data);
  const pin = () => { if (query.curveDate !== null && !pinned.includes(query.curveDate)) setPinned((p) => [...p, query.curveDate ?? ''].slice(-3)); };
  const expirations = data.layers.map((l) => l.expiration).filter((d): d is string => d !== null);
  const lastExpiration = expirations.length > 0 ? expirations.reduce((a, b) => (a > b ? a : b)) : null;
  const [showFlat, setShowFlat] = useState(false);
  return (
    <section className="card dashboard-chart-card" aria-labelledby="payoff-title" aria-busy={loading}>
      <header className="dashboard-card-header">
        <h2 id="payoff-title">Combined payoff</h2>
        <ScopeControl scope={query.scope} layerId={query.layerId} layers={data.layers} onChange={(scope, layerId) => onChange({ scope, layerId })} />
        {loading ? <span className="muted dashboard-busy">updating…</span> : null}
      </header>
      <DashboardWarnings warnings={data.warnings} />
      <div className="what-if-row">
        <VolShiftControl value={query.volShiftPoints} onChange={(volShiftPoints) => onChange({ volShiftPoints })} />
        <CurveDateControl asOf={data.asOf} lastExpiration={lastExpiration} value={query.curveDate} onChange={(curveDate) => onChange({ curveDate })} />
        {query.curveDate !== null ? <button type="button" className="button button-small" onClick={pin} data-testid="curve-date-pin">Keep this date</button> : null}
        {pinned.map((date) => (
          <button key={date} type="button" className="button button-small button-quiet" onClick={() => setPinned((p) => p.filter((d) => d !== date))} aria-label={`Remove the ${date} curve`}>
            {date} ×
          </button>
        ))}
        <label className="what-if" title="Draw the T+0 curve with every SPX option at σ = VIX/100 (the old model), beside the smile-and-anchor curve">
          <input type="checkbox" checked={showFlat} onChange={(e) => setShowFlat(e.target.checked)} data-testid="flat-vol-toggle" /> Flat-vol T+0 <span className="muted">(σ = VIX, comparison)</span>
        </label>
      </div>
      {data.curves.length > 0 ? <PayoffChart data={data} overlays={overlays} showFlat={showFlat} /> : <p className="muted">No open legs in this scope: nothing to draw.</p>}
      <BetaNote beta={data.beta} />
      {data.curves.length > 0 ? <BreakEvensList data={data} /> : null}
    </section>
  );
}
