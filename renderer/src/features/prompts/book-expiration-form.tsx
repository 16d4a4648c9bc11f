import { useState } from 'react';
import type { LayerDetail } from '../../../../shared/domain/types';
import type { BookExpirationSuggestion } from '../../../../shared/rules';
import { parseHundredths } from '../../../../shared/money';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { formatNetPrice } from '../../format/points';
import { formatNumber } from './input-format';

const positive = (hundredths: number | null): number | null => (hundredths !== null && hundredths > 0 ? hundredths : null);

interface BookExpirationFormProps {
  suggestion: BookExpirationSuggestion;
  onSaved(layer: LayerDetail): void;
  onCancel(): void;
}

/**
 * "Book settlement": the settlement value per leg, and one click that writes one settle/expire
 * ticket at it (`ticket/bookExpiration`). When the store lacks a settlement price the form asks
 * for that index level first.
 */
export function BookExpirationForm({ suggestion: s, onSaved, onCancel }: BookExpirationFormProps) {
  const missing = [...new Set(s.legs.filter((l) => l.levelPoints === null).map((l) => (l.source.startsWith('VIX') ? 'VIX' : 'SPX')))];
  const [levels, setLevels] = useState<Record<string, string>>({});
  const action = useAction();
  const parsed = Object.fromEntries(missing.map((symbol) => [symbol, positive(parseHundredths(levels[symbol] ?? ''))]));
  const ready = missing.every((symbol) => parsed[symbol] !== null && parsed[symbol] !== undefined);
  const book = async () => {
    const given = Object.fromEntries(missing.map((symbol) => [symbol, parsed[symbol] ?? 0]));
    const layer = await action.run(() => api.send('ticket/bookExpiration', { layerId: s.layerId, levels: given }));
    if (layer) onSaved(layer);
  };
  return (
    <div className="form" data-testid="book-expiration-form">
      <table className="table compact" data-testid="settlement-legs">
        <thead><tr><th>leg</th><th>contracts</th><th>settles at</th><th className="num">level, pts</th><th className="num">value / contract, pts</th></tr></thead>
        <tbody>
          {s.legs.map((l) => (
            <tr key={l.legId}>
              <td>#{l.legId}</td><td className="num">{l.contracts > 0 ? `+${l.contracts}` : l.contracts}</td><td>{l.source} of {s.date}</td>
              <td className="num">{l.levelPoints === null ? <span className="warn">not stored</span> : formatNumber(l.levelPoints)}</td>
              <td className="num">{l.valuePoints === null ? '—' : formatNumber(l.valuePoints)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.map((symbol) => (
        <TextField key={symbol} id={`settle-level-${symbol}`} label={`${symbol} settlement level on ${s.date}`} suffix="pts" inputMode="decimal"
          value={levels[symbol] ?? ''} onChange={(v) => setLevels((all) => ({ ...all, [symbol]: v }))} testId={`settle-level-${symbol}`}
          hint="not in the stored market data: enter it from your broker's statement" />
      ))}
      <p data-testid="settlement-summary">
        {s.settlePriceHundredths === null
          ? `Books one settle ticket for ${s.quantity} unit(s) dated ${s.date} at the value of the level you enter.`
          : `Books one ${s.action} ticket for ${s.quantity} unit(s) dated ${s.date} at ${formatNetPrice(-s.settlePriceHundredths)} per unit.`}
      </p>
      <FormError error={action.error} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={action.busy}>Cancel</button>
        <button type="button" className="button button-primary" data-testid="book-settlement" disabled={action.busy || !ready} onClick={() => void book()}>
          {action.busy ? 'Booking…' : 'Book settlement'}
        </button>
      </div>
    </div>
  );
}
