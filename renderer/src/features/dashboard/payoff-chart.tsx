import { LineSeries, LineStyle } from 'lightweight-charts';
import { useEffect } from 'react';
import type { DashboardData } from '../../../../shared/dashboard/types';
import { CURVE_ORDER, nearestIndex } from './curve-style';
import { formatLevel, formatWholeDollars } from './dashboard-format';
import type { OverlayCurve } from './use-overlay-curves';
import { curveMarkers, curvePoints } from './payoff-series-data';
import { PayoffLegend } from './payoff-legend';
import { useCrosshairIndex } from './use-crosshair-index';
import { usePayoffChart } from './use-payoff-chart';
import { useSpotLine } from './use-spot-line';

/** The combined payoff: every curve on one SPX axis, the current SPX as a vertical line, a read-out above. */
export function PayoffChart({ data, overlays = [], showFlat = false }: { data: DashboardData; overlays?: readonly OverlayCurve[]; showFlat?: boolean }) {
  const { ref, handle } = usePayoffChart();
  const spot = data.market.spx;
  const spotX = useSpotLine(handle, data.grid, spot);
  const hovered = useCrosshairIndex(handle, data.grid.length);

  useEffect(() => {
    if (!handle) return;
    for (const id of CURVE_ORDER) {
      const curve = data.curves.find((c) => c.id === id);
      handle.series[id].setData(curvePoints(data.grid, curve));
      handle.markers[id].setMarkers(curve ? curveMarkers(data, curve) : []);
    }
    handle.flat.setData(showFlat && data.flatT0Dollars ? data.grid.map((level, i) => ({ time: level, value: data.flatT0Dollars?.[i] ?? 0 })) : []);
    handle.chart.timeScale().fitContent();
  }, [handle, data, showFlat]);

  // Overlays (unshifted T+0, pinned T+n dates) come and go: their series are added and removed with them.
  useEffect(() => {
    if (!handle) return undefined;
    const added = overlays.map((overlay) => {
      const series = handle.chart.addSeries(LineSeries, {
        color: overlay.color, lineWidth: 1, lineStyle: LineStyle.Dashed, lastValueVisible: false, priceLineVisible: false,
        priceFormat: { type: 'custom', formatter: formatWholeDollars, minMove: 1 },
      });
      series.setData(overlay.points);
      return series;
    });
    return () => { for (const series of added) handle.chart.removeSeries(series); };
  }, [handle, overlays]);

  const readIndex = hovered ?? (spot === null ? Math.floor(data.grid.length / 2) : nearestIndex(data.grid, spot));
  return (
    <div className="payoff">
      <PayoffLegend data={data} index={readIndex} hovered={hovered !== null} />
      <div className="payoff-frame">
        <div ref={ref} className="payoff-chart" data-testid="payoff-chart" data-curves={data.curves.map((c) => c.id).join(' ')}
          role="img" aria-label={`Combined payoff in dollars against the SPX level, ${data.curves.map((c) => c.label).join(', ')}`} />
        {spotX !== null && spot !== null ? (
          <div className="payoff-spot" style={{ left: `${spotX}px` }} data-testid="spot-line">
            <span className="payoff-spot-label">SPX {formatLevel(spot)}{data.market.spxDate ? ` · ${data.market.spxDate}` : ''}</span>
          </div>
        ) : null}
      </div>
      {overlays.length > 0 ? (
        <p className="payoff-overlays" data-testid="payoff-overlays">
          {overlays.map((o) => <span key={o.id} className="payoff-legend-item"><span className="payoff-swatch" style={{ background: o.color }} aria-hidden="true" />{o.label} <span className="muted">(dashed)</span></span>)}
        </p>
      ) : null}
      <p className="payoff-axes muted">x: SPX level (points) · y: P&amp;L in dollars, incl. realised cash and fees{showFlat ? ' · grey dashed: T+0 at a flat σ = VIX (no smile, no anchor), for comparison' : ''}</p>
    </div>
  );
}
