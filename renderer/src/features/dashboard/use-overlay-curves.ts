import { useEffect, useState } from 'react';
import type { DashboardData } from '../../../../shared/dashboard/types';
import { daysBetween } from '../../../../shared/dates';
import { api } from '../../api/transport';
import { dashboardInput, type DashboardQuery } from './dashboard-query';

/** A curve drawn over the main ones, from another `dashboard/get` of the same book and grid. */
export interface OverlayCurve {
  id: string;
  label: string;
  color: string;
  /** x = SPX level, y = P&L in dollars. */
  points: { time: number; value: number }[];
}

const PIN_COLORS = ['#8e5bd6', '#c2762b', '#2b8fa3'];
const UNSHIFTED_COLOR = '#6b7480';

/**
 * The risk-graph overlays traders expect: with a vol shift, the unshifted T+0 stays on the chart
 * under the shifted one; and several T+n dates at once (pinned "chosen dates"). Each comes from
 * its own `dashboard/get` (memoised by the backend), so the curves are the dashboard's own.
 */
export function useOverlayCurves(portfolioId: number, query: DashboardQuery, pinnedDates: readonly string[], data: DashboardData | null): OverlayCurve[] {
  const [overlays, setOverlays] = useState<OverlayCurve[]>([]);
  const key = JSON.stringify({ portfolioId, query, pinnedDates, asOf: data?.asOf });

  useEffect(() => {
    let live = true;
    const requests: Promise<OverlayCurve | null>[] = [];
    const curveOf = (d: DashboardData, curveId: 't0' | 'custom', id: string, label: string, color: string): OverlayCurve | null => {
      const curve = d.curves.find((c) => c.id === curveId);
      return curve ? { id, label, color, points: d.grid.map((level, i) => ({ time: level, value: curve.pnlDollars[i] ?? 0 })) } : null;
    };
    if (query.volShiftPoints !== 0) {
      requests.push(api.send('dashboard/get', dashboardInput(portfolioId, { ...query, volShiftPoints: 0, curveDate: null }))
        .then((d) => curveOf(d, 't0', 'unshifted', 'T+0 without the vol shift', UNSHIFTED_COLOR)));
    }
    pinnedDates.forEach((date, i) => {
      requests.push(api.send('dashboard/get', dashboardInput(portfolioId, { ...query, curveDate: date }))
        .then((d) => curveOf(d, 'custom', `pin-${date}`, `T+${daysBetween(query.asOf, date)} (${date})`, PIN_COLORS[i % PIN_COLORS.length] ?? UNSHIFTED_COLOR)));
    });
    Promise.all(requests)
      .then((curves) => { if (live) setOverlays(curves.filter((c): c is OverlayCurve => c !== null)); })
      .catch(() => { if (live) setOverlays([]); }); // overlays are extras: the main chart shows the error
    return () => { live = false; };
    // `key` carries every input of the requests.
  }, [key]);

  return overlays;
}
