import { useState } from 'react';
import { addDays, isIsoDate } from '../../../../shared/dates';
import { MARKET_SYMBOLS, type MarketSymbol } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatCount } from './market-format';
import { MarketTableRow } from './market-table-row';

const SHOWN = 500;
const symbolOptions = MARKET_SYMBOLS.map((s) => ({ value: s, label: s }));

/** The stored closes of one index in a date range, newest first, each editable and deletable with a reason. */
export function MarketTable({ today, version, onChanged }: { today: string; version: number; onChanged(message: string): void }) {
  const [symbol, setSymbol] = useState<MarketSymbol>('SPX');
  const [from, setFrom] = useState(addDays(today, -365));
  const [to, setTo] = useState(today);
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
  const bars = useLoad(() => (valid ? api.send('market/list', { symbol, from, to }) : Promise.resolve([])), `${symbol}/${from}/${to}/${version}`);
  const rows = [...(bars.data ?? [])].reverse();

  return (
    <section className="market-card market-table-card" aria-labelledby="market-table-title" data-testid="market-table">
      <h2 id="market-table-title">Stored closes</h2>
      <div className="market-table-filters">
        <SelectField<MarketSymbol> id="market-table-symbol" label="Index" value={symbol} options={symbolOptions} onChange={setSymbol} />
        <TextField id="market-table-from" label="From" type="date" value={from} onChange={setFrom} error={valid ? undefined : 'From must be a date on or before To'} />
        <TextField id="market-table-to" label="To" type="date" value={to} onChange={setTo} />
        <p className="muted">{formatCount(rows.length)} close(s){rows.length > SHOWN ? `, newest ${formatCount(SHOWN)} shown — narrow the dates` : ''}. Prices in index points; edits and deletes need a reason and can be undone.</p>
      </div>
      <FormError error={bars.error} lead="Closes could not be loaded." />
      {rows.length === 0 && !bars.loading ? <p className="muted" data-testid="market-table-empty">No {symbol} closes stored between {from} and {to}.</p> : null}
      {rows.length > 0 ? (
        <div className="market-table-scroll">
          <table className="table table-compact">
            <thead><tr><th scope="col">Date</th><th scope="col" className="num">Open (pts)</th><th scope="col" className="num">Close (pts)</th><th scope="col" className="row-actions">Actions</th></tr></thead>
            <tbody>{rows.slice(0, SHOWN).map((bar) => <MarketTableRow key={`${bar.symbol}/${bar.date}/${bar.closeHundredths}`} bar={bar} onChanged={onChanged} />)}</tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
