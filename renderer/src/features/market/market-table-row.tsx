import { useState } from 'react';
import type { MarketBar } from '../../../../shared/domain/types';
import { parseHundredths } from '../../../../shared/money';
import { decimalText, formatHundredths } from '../../../../shared/format/money';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';

type Mode = 'view' | 'edit' | 'delete';

/** Only an edit types a close: it must be a positive number of points. */
function closeErrorFor(mode: Mode, parsed: number | null): string | null {
  return mode === 'edit' && (parsed === null || parsed <= 0) ? 'a positive number of points, at most 2 decimals' : null;
}

/** Both an edit and a delete need a reason, kept in the revision history. */
function reasonErrorFor(mode: Mode, reason: string): string | null {
  return mode !== 'view' && reason.trim() === '' ? 'say why (kept in the history)' : null;
}

/** One stored close: view, edit (new close + reason) or delete (reason), each one revision that undo reverts. */
export function MarketTableRow({ bar, onChanged }: { bar: MarketBar; onChanged(message: string): void }) {
  const [mode, setMode] = useState<Mode>('view');
  const [close, setClose] = useState(decimalText(bar.closeHundredths));
  const [reason, setReason] = useState('');
  const action = useAction();
  const parsed = parseHundredths(close);
  const closeError = closeErrorFor(mode, parsed);
  const reasonError = reasonErrorFor(mode, reason);

  const save = async () => {
    if (closeError || reasonError || parsed === null) return;
    const done = mode === 'edit'
      ? await action.run(() => api.send('market/upsert', { symbol: bar.symbol, date: bar.date, closeHundredths: parsed, reason }))
      : await action.run(() => api.send('market/delete', { symbol: bar.symbol, date: bar.date, reason }));
    if (done) onChanged(mode === 'edit' ? `${bar.symbol} ${bar.date}: close ${formatHundredths(bar.closeHundredths)} → ${formatHundredths(parsed)} pts` : `${bar.symbol} ${bar.date}: close deleted`);
  };
  const label = `${bar.symbol} close on ${bar.date}`;
  return (
    <tr data-testid={`bar-${bar.date}`}>
      <td className="date">{bar.date}</td>
      <td className="num">{bar.openHundredths === null ? '—' : formatHundredths(bar.openHundredths)}</td>
      {mode === 'view' ? (
        <>
          <td className="num">{formatHundredths(bar.closeHundredths)}</td>
          <td className="row-actions">
            <button type="button" className="button button-small" onClick={() => setMode('edit')} aria-label={`Edit ${label}`}>Edit</button>
            <button type="button" className="button button-small button-danger-quiet" onClick={() => setMode('delete')} aria-label={`Delete ${label}`}>Delete</button>
          </td>
        </>
      ) : (
        <>
          <td className="num market-table-edit">
            {mode === 'edit'
              ? <input aria-label={`New ${label} (points)`} inputMode="decimal" value={close} onChange={(e) => setClose(e.target.value)} aria-invalid={closeError !== null} title={closeError ?? undefined} autoFocus />
              : <span>{formatHundredths(bar.closeHundredths)}</span>}
          </td>
          <td className="row-actions market-table-edit">
            <input aria-label={`Reason for ${mode === 'edit' ? 'changing' : 'deleting'} the ${label}`} placeholder="Reason (required)" value={reason} onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonError !== null} autoFocus={mode === 'delete'} onKeyDown={(e) => { if (e.key === 'Enter') void save(); if (e.key === 'Escape') setMode('view'); }} />
            <button type="button" className={mode === 'delete' ? 'button button-small button-danger' : 'button button-small button-primary'} disabled={action.busy || closeError !== null || reasonError !== null} onClick={() => void save()}>
              {mode === 'delete' ? 'Delete' : 'Save'}
            </button>
            <button type="button" className="button button-small" onClick={() => setMode('view')}>Cancel</button>
            <FormError error={action.error} />
          </td>
        </>
      )}
    </tr>
  );
}
