import type { GroupStats, PerformanceStats, TradeStats } from '../../../../shared/performance';
import { pct, pnlTone, usd } from './format';

export const GROUPINGS = ['overall', 'role', 'tag', 'rules'] as const;
export type Grouping = (typeof GROUPINGS)[number];
const LABELS: Record<Grouping, string> = { overall: 'Overall', role: 'By role', tag: 'By tag', rules: 'Rules followed' };

function rowsFor(stats: PerformanceStats, grouping: Grouping): GroupStats[] {
  if (grouping === 'role') return stats.byRole;
  if (grouping === 'tag') return stats.byTag;
  if (grouping === 'rules') return stats.byRules;
  return [{ key: 'All closed layers', stats: stats.overall }];
}

function StatsRow({ label, s }: { label: string; s: TradeStats }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{s.count}</td>
      <td className="num">{pct(s.winRate)}</td>
      <td className="num pnl-pos">{usd(s.averageWinDollars)}</td>
      <td className="num pnl-neg">{usd(s.averageLossDollars)}</td>
      <td className={`num ${pnlTone(s.expectancyDollars ?? 0)}`}>{usd(s.expectancyDollars)}</td>
      <td className="num" title={s.profitFactor.reason ?? undefined}>{s.profitFactor.value === null ? <span className="muted">— ({s.profitFactor.reason})</span> : `${s.profitFactor.value.toFixed(2)}×`}</td>
      <td className="num">{pct(s.averageCaptured)}</td>
      <td className="num">{s.averageDaysHeld === null ? '—' : `${s.averageDaysHeld.toFixed(1)} d`}</td>
      <td className={`num ${pnlTone(s.totalDollars)}`}>{usd(s.totalDollars)}</td>
    </tr>
  );
}

interface StatsTableProps {
  stats: PerformanceStats;
  grouping: Grouping;
  onGrouping(g: Grouping): void;
}

/** Trade statistics of closed layers, overall or grouped by role, tag or whether the rules were followed. */
export function StatsTable({ stats, grouping, onGrouping }: StatsTableProps) {
  return (
    <div className="stats-block">
      <div className="segmented" role="radiogroup" aria-label="Group statistics">
        {GROUPINGS.map((g) => (
          <button key={g} type="button" role="radio" aria-checked={grouping === g} className={`segment${grouping === g ? ' is-active' : ''}`} onClick={() => onGrouping(g)}>{LABELS[g]}</button>
        ))}
      </div>
      <div className="stats-scroll">
      <table className="table stats-table" data-testid="stats-table">
        <thead>
          <tr>
            <th scope="col">{LABELS[grouping]}</th>
            <th scope="col" className="num">Trades</th>
            <th scope="col" className="num">Win rate (%)</th>
            <th scope="col" className="num">Avg win ($)</th>
            <th scope="col" className="num">Avg loss ($)</th>
            <th scope="col" className="num" title="Mean realised P&L per closed layer">Expectancy ($/trade)</th>
            <th scope="col" className="num" title="Gross wins ÷ |gross losses|">Profit factor (×)</th>
            <th scope="col" className="num" title="(credit − close debit) ÷ credit, closed credit condors">Max profit captured (%)</th>
            <th scope="col" className="num">Avg held (days)</th>
            <th scope="col" className="num">Total ($)</th>
          </tr>
        </thead>
        <tbody>
          {rowsFor(stats, grouping).map((g) => <StatsRow key={g.key} label={g.key} s={g.stats} />)}
        </tbody>
      </table>
      </div>
      {grouping === 'rules' ? <p className="muted table-note">A layer counts as “followed the rules” when a rule prompt about it was recorded as acted on; the rest were not prompted.</p> : null}
    </div>
  );
}
