import { useState, type KeyboardEvent } from 'react';
import type { DashboardLayerRow } from '../../../../shared/dashboard/types';
import { parseHundredths } from '../../../../shared/money';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { CellField } from '../../components/cell-field';

interface MarkCellProps {
  row: DashboardLayerRow;
  /** The date the mark is saved under (the dashboard's as-of date). */
  date: string;
  onSaved(): void;
}

/**
 * Type the price to close one unit (points; + = a debit, as for a short condor) and press
 * Enter to save it as the layer's mark for the dashboard date; Escape clears the field.
 */
export function MarkCell({ row, date, onSaved }: MarkCellProps) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>(undefined);
  const action = useAction();
  const id = `mark-input-${row.id}`;

  const save = async () => {
    const hundredths = parseHundredths(text);
    if (hundredths === null) {
      setInvalid('a price in points, e.g. 1.25');
      return;
    }
    const saved = await action.run(() => api.send('mark/set', { layerId: row.id, date, priceHundredths: hundredths }));
    if (saved) {
      setText('');
      onSaved();
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') { event.preventDefault(); void save(); }
    if (event.key === 'Escape') { event.preventDefault(); setText(''); setInvalid(undefined); action.clearError(); }
  };
  const error = invalid ?? action.error?.message;
  return (
    <CellField id={id} label={`Mark for layer #${row.id} on ${date}, points to close one unit`} error={error}>
      <input id={id} className="input-num" inputMode="decimal" placeholder="pts" value={text} data-testid={id} disabled={action.busy}
        title={`Cost to close one unit on ${date}, points (+ debit, − credit). Enter saves, Escape cancels.`}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
        onClick={(e) => e.stopPropagation()} onKeyDown={onKeyDown}
        onChange={(e) => { setText(e.target.value); setInvalid(undefined); }} />
    </CellField>
  );
}
