import { CellField } from '../components/cell-field';
import { INSTRUMENTS, type Instrument, type Underlying } from '../../../shared/domain/types';
import { INSTRUMENT_LABELS } from '../format/labels';
import { multiplierFor, underlyingsFor, withInstrument, type LegDraft } from './leg-draft';
import { DateInput } from '../components/date-input';

interface LegRowProps {
  leg: LegDraft;
  index: number;
  /** API path of this leg, e.g. `legs.0` or `newLegs.1`. */
  path: string;
  idPrefix: string;
  onChange(leg: LegDraft): void;
  onRemove?(): void;
  errorFor(path: string): string | undefined;
}

/** One leg: instrument first, and only the fields that instrument has. */
export function LegRow({ leg, index, path, idPrefix, onChange, onRemove, errorFor }: LegRowProps) {
  const id = (field: string) => `${idPrefix}-${index}-${field}`;
  const err = (field: string) => errorFor(`${path}.${field}`);
  const aria = (field: string) => ({ 'aria-invalid': err(field) ? true : undefined, 'aria-describedby': err(field) ? `${id(field)}-error` : undefined });
  const n = index + 1;
  const set = (patch: Partial<LegDraft>) => onChange({ ...leg, ...patch });
  const isOption = leg.instrument === 'option';
  return (
    <tr data-testid={`leg-row-${index}`}>
      <CellField id={id('instrument')} label={`Leg ${n} instrument`} error={err('instrument')}>
        <select id={id('instrument')} value={leg.instrument} onChange={(e) => onChange(withInstrument(leg, e.target.value as Instrument))}>
          {INSTRUMENTS.map((i) => <option key={i} value={i}>{INSTRUMENT_LABELS[i]}</option>)}
        </select>
      </CellField>
      <CellField id={id('underlying')} label={`Leg ${n} underlying`} error={err('underlying')}>
        <select id={id('underlying')} value={leg.underlying} onChange={(e) => set({ underlying: e.target.value as Underlying })} {...aria('underlying')}>
          {underlyingsFor(leg.instrument).map((u) => <option key={u} value={u}>{u}</option>)}
        </select>
      </CellField>
      <CellField id={id('side')} label={`Leg ${n} side`} error={err('side')}>
        <select id={id('side')} value={leg.side} onChange={(e) => set({ side: e.target.value === 'short' ? 'short' : 'long' })}>
          <option value="long">Long</option>
          <option value="short">Short</option>
        </select>
      </CellField>
      {leg.instrument === 'etf' ? (
        <CellField id={id('symbol')} label={`Leg ${n} ticker`} error={err('symbol')}>
          <input id={id('symbol')} className="input-ticker" value={leg.symbol} placeholder="VXX" autoComplete="off" onChange={(e) => set({ symbol: e.target.value })} {...aria('symbol')} />
        </CellField>
      ) : (
        <CellField id={id('right')} label={`Leg ${n} put or call`} error={err('right')}>
          <select id={id('right')} value={leg.right} disabled={!isOption} onChange={(e) => set({ right: e.target.value === 'put' ? 'put' : 'call' })}>
            <option value="call">Call</option>
            <option value="put">Put</option>
          </select>
        </CellField>
      )}
      <CellField id={id('strike')} label={`Leg ${n} strike`} error={err('strikeHundredths')}>
        <input id={id('strike')} className="input-num" value={isOption ? leg.strike : ''} disabled={!isOption} placeholder={isOption ? '20' : '—'} inputMode="decimal" autoComplete="off"
          onChange={(e) => set({ strike: e.target.value })} {...aria('strikeHundredths')} />
      </CellField>
      <CellField id={id('expiration')} label={`Leg ${n} expiration`} error={err('expiration')}>
        <DateInput id={id('expiration')} value={leg.instrument === 'etf' ? '' : leg.expiration} disabled={leg.instrument === 'etf'}
          onChange={(expiration) => set({ expiration })} {...aria('expiration')} />
      </CellField>
      <CellField id={id('ratio')} label={`Leg ${n} ratio`} error={err('ratio')}>
        <input id={id('ratio')} className="input-ratio" value={leg.ratio} inputMode="numeric" autoComplete="off" onChange={(e) => set({ ratio: e.target.value })} {...aria('ratio')} />
      </CellField>
      <td className="num muted" title="Multiplier follows the instrument">×{multiplierFor(leg.instrument).toLocaleString('en-US')}</td>
      <td>
        {onRemove ? <button type="button" className="icon-button" aria-label={`Remove leg ${n}`} onClick={onRemove}>×</button> : null}
      </td>
    </tr>
  );
}
