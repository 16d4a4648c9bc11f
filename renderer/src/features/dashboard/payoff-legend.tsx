import type { DashboardData } from '../../../../shared/dashboard/types';
import { CURVE_COLORS, CURVE_ORDER } from './curve-style';
import { dollarsClass, formatLevel, formatWholeDollars } from './dashboard-format';

interface PayoffLegendProps {
  data: DashboardData;
  /** Grid index the read-out shows: hovered, else nearest the current SPX. */
  index: number;
  hovered: boolean;
}

/** Curve names with their colours and the P&L of each at one SPX level (the crosshair read-out). */
export function PayoffLegend({ data, index, hovered }: PayoffLegendProps) {
  const level = data.grid[index];
  const curves = CURVE_ORDER.flatMap((id) => data.curves.filter((c) => c.id === id));
  return (
    <div className="payoff-legend" data-testid="payoff-legend" aria-live="polite">
      <span className="payoff-legend-at">{level === undefined ? '—' : `${hovered ? 'SPX' : level === data.market.spx ? 'SPX now' : 'SPX now ≈'} ${formatLevel(level)}`}</span>
      {curves.map((curve) => {
        const pnl = curve.pnlDollars[index];
        return (
          <span key={curve.id} className="payoff-legend-item" data-testid={`legend-${curve.id}`}>
            <span className={`payoff-swatch payoff-swatch-${curve.id}`} style={{ background: CURVE_COLORS[curve.id] }} aria-hidden="true" />
            <span className="muted">{curve.label}</span>
            <span className={`payoff-legend-value ${pnl === undefined ? '' : dollarsClass(pnl)}`}>{pnl === undefined ? '—' : formatWholeDollars(pnl)}</span>
          </span>
        );
      })}
    </div>
  );
}
