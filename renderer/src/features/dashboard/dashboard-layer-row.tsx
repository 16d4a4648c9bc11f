import type { DashboardLayerRow } from '../../../../shared/dashboard/types';
import { ROLE_LABELS } from '../../format/labels';
import { formatNetPrice } from '../../format/points';
import { formatCondorStrikes } from '../../format/strikes';
import { layerHref, navigate } from '../../routing/route';
import { StatusBadge } from '../../components/status-badge';
import { dollarsClass, formatDollars, formatPct } from './dashboard-format';
import { HelpTip } from '../../components/help-tip';
import { MarkCell } from './mark-cell';
import { formatIrr } from '../../../../shared/analytics/irr-format';

interface RowProps {
  row: DashboardLayerRow;
  asOf: string;
  lateDte: number;
  onMarkSaved(): void;
}

/** The mark as the closing ticket would read it: a short condor's cost to close shows as "3.20 db". */
function formatMark(row: DashboardLayerRow): string {
  if (row.mark) return formatNetPrice(-Math.round(row.mark.pricePoints * 100));
  // An expired-unbooked layer is worth its settlement value (unknown until the day's price is stored).
  const settle = row.settlement?.pricePoints ?? null;
  return settle === null ? '—' : formatNetPrice(-Math.round(settle * 100));
}

/** The mark shown, where it came from (user, model or settlement) and, when the model marks it, the last user mark's age. */
function MarkValueCell({ row }: { row: DashboardLayerRow }) {
  return (
    <td className="num" data-testid={`mark-${row.id}`}>
      {formatMark(row)}
      {row.mark ? <span className="mark-source muted">{row.mark.source === 'user' ? `user ${row.mark.date}` : 'model'}</span> : null}
      {row.settlement ? <span className="mark-source muted" data-testid={`settlement-${row.id}`}>settlement {row.settlement.date}</span> : null}
      {row.lastUserMark && row.mark?.source !== 'user' ? (
        <span className="mark-source muted" data-testid={`mark-age-${row.id}`}>
          last mark {formatNetPrice(-Math.round(row.lastUserMark.pricePoints * 100))} of {row.lastUserMark.date} ({row.lastUserMark.ageDays} d old)
        </span>
      ) : null}
    </td>
  );
}

/** One open layer; click or Enter opens its detail, the mark field saves a new mark. */
export function DashboardLayerRowView({ row, asOf, lateDte, onMarkSaved }: RowProps) {
  const open = () => navigate({ section: 'layers', layerId: row.id });
  const late = row.dte !== null && row.dte <= lateDte && row.role !== 'hedge';
  return (
    <tr className="layer-row" tabIndex={0} data-testid={`dashboard-layer-${row.id}`} onClick={open}
      onKeyDown={(e) => { if (e.key === 'Enter' && e.target === e.currentTarget) { e.preventDefault(); open(); } }}>
      <td className="num"><a href={layerHref(row.id)} tabIndex={-1} onClick={(e) => e.stopPropagation()}>#{row.id}</a></td>
      <td>{ROLE_LABELS[row.role]}{row.status === 'open' ? null : <> <StatusBadge status={row.status} /></>}</td>
      <td className="date">{row.openedOn}</td>
      <td className="date">{row.expiration ?? '—'}</td>
      <td className={`num ${late ? 'warn' : ''}`}>{row.dte ?? '—'}</td>
      <td className="strikes">{row.strikes ? formatCondorStrikes(row.strikes) : <span className="muted">custom legs</span>}</td>
      <td className="num">{row.wings ? `${row.wings.put} / ${row.wings.call}` : '—'}</td>
      <td className="num">{row.openQuantity}</td>
      <td className="num">{formatNetPrice(Math.round(row.creditPoints * 100))}</td>
      <MarkValueCell row={row} />
      {/* An expired layer is worth its settlement: a mark would be ignored, so none is asked for. */}
      {row.status === 'open' ? <MarkCell row={row} date={asOf} onSaved={onMarkSaved} /> : <td className="muted" title="Valued at settlement: book the expiration from its prompt">—</td>}
      <td className="num" data-testid={`pct-captured-${row.id}`}>{row.pctMaxProfit === null ? '—' : formatPct(row.pctMaxProfit, 1)}</td>
      <td className={`num ${dollarsClass(row.pnlDollars)}`}>{formatDollars(row.pnlDollars)}</td>
      <td className="num" data-testid={`irr-${row.id}`}>
        {row.irr.ok ? formatIrr(row.irr.rate, 1) : <span className="irr-reason">undefined <HelpTip topic={`IRR of layer #${row.id}`}>{row.irr.reason}</HelpTip></span>}
      </td>
    </tr>
  );
}
