import type { DashboardData } from '../../../../shared/dashboard/types';
import { CURVE_COLORS, CURVE_ORDER } from './curve-style';
import { formatBreakEvens, formatExtreme } from './dashboard-format';
import { HelpTip } from '../../components/help-tip';
import { METRIC_HELP } from './metric-help';

/** Per curve: its break-evens (SPX levels) and its max / min P&L on the plotted range. */
export function BreakEvensList({ data }: { data: DashboardData }) {
  const curves = CURVE_ORDER.flatMap((id) => data.curves.filter((c) => c.id === id));
  return (
    <table className="table table-compact break-evens" data-testid="break-evens" aria-label="Break-evens and range extremes per curve">
      <thead>
        <tr>
          <th>Curve</th><th>Break-evens <span className="th-note">SPX pts</span></th>
          <th className="num">Max on range <HelpTip topic="Max on range">{METRIC_HELP.curveRange}</HelpTip></th><th className="num">Min on range</th>
        </tr>
      </thead>
      <tbody>
        {curves.map((c) => (
          <tr key={c.id} data-testid={`break-evens-${c.id}`}>
            <td><span className="payoff-swatch" style={{ background: CURVE_COLORS[c.id] }} aria-hidden="true" /> {c.label}</td>
            <td className="break-evens-levels">{formatBreakEvens(c.breakEvens)}</td>
            <td className="num">{formatExtreme(c.maxPnlDollars, c.maxAtEdge, 'max')}</td>
            <td className="num">{formatExtreme(c.minPnlDollars, c.minAtEdge, 'min')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
