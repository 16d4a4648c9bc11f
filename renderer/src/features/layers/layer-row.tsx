import type { KeyboardEvent, Ref } from 'react';
import type { LayerSummary } from '../../../../shared/domain/types';
import { formatCents } from '../../../../shared/format/money';
import { ROLE_LABELS } from '../../format/labels';
import { pnlClass } from '../../format/money';
import { formatNetPrice } from '../../format/points';
import { formatCondorStrikes } from '../../format/strikes';
import { layerHref } from '../../routing/route';
import { StatusBadge } from '../../components/status-badge';

interface LayerRowProps {
  layer: LayerSummary;
  active: boolean;
  lateDte: number;
  rowRef?: Ref<HTMLTableRowElement>;
  onOpen(): void;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>): void;
}

export function LayerRow({ layer, active, lateDte, rowRef, onOpen, onFocus, onKeyDown }: LayerRowProps) {
  const open = layer.status === 'open';
  const late = open && layer.dte !== null && layer.dte <= lateDte;
  return (
    <tr
      ref={rowRef}
      tabIndex={active ? 0 : -1}
      className={`layer-row ${open ? '' : 'row-closed'}`}
      data-testid={`layer-row-${layer.id}`}
      data-active={active || undefined}
      onClick={onOpen}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <td className="num"><a href={layerHref(layer.id)} tabIndex={-1} onClick={(e) => e.stopPropagation()}>#{layer.id}</a></td>
      <td><StatusBadge status={layer.status} /></td>
      <td>{ROLE_LABELS[layer.role]}</td>
      <td className="date">{layer.openedOn}</td>
      <td className="date">{layer.expiration ?? '—'}</td>
      <td className={`num ${late ? 'warn' : ''}`} title={late ? `At or below ${lateDte} DTE: gamma risk` : undefined}>{open && layer.dte !== null ? layer.dte : '—'}</td>
      <td className="strikes">{layer.strikes ? formatCondorStrikes(layer.strikes) : <span className="muted">custom legs</span>}</td>
      <td className="num">{layer.openQuantity}/{layer.openedQuantity}</td>
      <td className="num">{formatNetPrice(layer.openPriceHundredths)}</td>
      <td className={`num ${pnlClass(layer.realizedPnlCents)}`}>{formatCents(layer.realizedPnlCents)}</td>
      <td className="num muted">{formatCents(layer.feesCents)}</td>
    </tr>
  );
}
