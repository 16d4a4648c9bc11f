import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LayerSummary } from '../../../../shared/domain/types';
import { formatCents } from '../../../../shared/format/money';
import { pnlClass } from '../../format/money';
import { LayerRow } from './layer-row';

interface LayersTableProps {
  layers: readonly LayerSummary[];
  /** The row to select (and focus) first, e.g. the layer just viewed or added. */
  focusId: number | null;
  lateDte: number;
  onOpen(id: number): void;
}

/** The layers, one row each; ↑/↓/Home/End move, Enter opens (a roving tabindex keeps Tab cheap). */
export function LayersTable({ layers, focusId, lateDte, onOpen }: LayersTableProps) {
  const initial = Math.max(0, layers.findIndex((l) => l.id === focusId));
  const [active, setActive] = useState(initial);
  const rows = useRef(new Map<number, HTMLTableRowElement>());
  const current = Math.min(active, layers.length - 1);

  useEffect(() => {
    const id = layers[initial]?.id;
    if (focusId !== null && id === focusId) rows.current.get(id)?.focus();
    // Only when the focus target changes, not on every reload of the same list.
  }, [focusId]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(layers.length - 1, index));
    setActive(next);
    const id = layers[next]?.id;
    if (id !== undefined) rows.current.get(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(layers.length - 1),
      Enter: () => onOpen(id),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  const realized = layers.reduce((sum, l) => sum + l.realizedPnlCents, 0);
  const fees = layers.reduce((sum, l) => sum + l.feesCents, 0);
  return (
    <table className="table layers-table" data-testid="layers-table" aria-label="Layers">
      <thead>
        <tr>
          <th className="num">#</th><th>Status</th><th>Role</th><th>Opened</th><th>Expiration</th><th className="num">DTE</th>
          <th>Strikes <span className="th-note">puts · calls</span></th><th className="num" title="Open / opened">Qty</th>
          <th className="num" title="Net price per unit of the opening ticket">Open price</th><th className="num">Realized P&amp;L</th><th className="num">Fees</th>
        </tr>
      </thead>
      <tbody>
        {layers.map((layer, i) => (
          <LayerRow key={layer.id} layer={layer} active={i === current} lateDte={lateDte}
            rowRef={(el) => { if (el) rows.current.set(layer.id, el); else rows.current.delete(layer.id); }}
            onOpen={() => onOpen(layer.id)} onFocus={() => setActive(i)} onKeyDown={(e) => onKeyDown(e, i, layer.id)} />
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={9} className="muted">{layers.length} layer{layers.length === 1 ? '' : 's'} shown</td>
          <td className={`num ${pnlClass(realized)}`}>{formatCents(realized)}</td>
          <td className="num muted">{formatCents(fees)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
