import { formatCentsCompact } from '../../../../shared/format/money';
import { HelpTip } from '../../components/help-tip';
import { SETTING_META } from '../../format/setting-meta';
import { defaultText } from './setting-defaults';
import { parseNumber } from '../../forms/parse-number';
import { settingPath } from './settings-draft';

interface AllocationSlotsFieldProps {
  slots: readonly string[];
  riskCapitalCents: number;
  onChange(slots: string[]): void;
  errorFor(path: string): string | undefined;
  edited: boolean;
}

const MAX_SLOTS = 6;

/** Layer 1…n of the allocation schedule, each a % of risk capital, with the dollar amount it means. */
export function AllocationSlotsField({ slots, riskCapitalCents, onChange, errorFor, edited }: AllocationSlotsFieldProps) {
  const meta = SETTING_META.allocationPct;
  const values = slots.map(parseNumber);
  const total = values.every((v): v is number => v !== null) ? values.reduce((a, b) => a + b, 0) : null;
  const scheduleError = errorFor(settingPath('allocationPct'));
  const set = (i: number, text: string) => onChange(slots.map((s, j) => (j === i ? text : s)));
  return (
    <fieldset className={`setting setting-slots${edited ? ' setting-edited' : ''}`} data-testid="setting-field-allocationPct">
      <legend className="setting-label-row">
        <span>{meta.label}</span>
        <HelpTip topic={meta.label}><p>{meta.help}</p><p className="muted">Setting <code>allocationPct</code>, default {defaultText('allocationPct')}.</p></HelpTip>
        {edited ? <span className="setting-edited-mark">edited</span> : null}
      </legend>
      <div className="slot-row">
        {slots.map((slot, i) => {
          const id = `setting-allocationPct-${i}`;
          const error = errorFor(settingPath('allocationPct', i));
          const value = values[i];
          return (
            <div key={i} className={`field setting-slot${error ? ' field-invalid' : ''}`}>
              <label htmlFor={id}>Layer {i + 1}</label>
              <div className="input-group">
                <input id={id} value={slot} inputMode="decimal" autoComplete="off" aria-invalid={error ? true : undefined} data-testid={id} onChange={(e) => set(i, e.target.value)} />
                <span className="input-affix">%</span>
              </div>
              {error ? <p className="field-error">{error}</p> : (
                <p className="field-hint">{value === null || value === undefined ? '\u00a0' : `= ${formatCentsCompact(Math.round((riskCapitalCents * value) / 100))}`}</p>
              )}
            </div>
          );
        })}
        <div className="slot-buttons">
          <button type="button" className="button button-small" onClick={() => onChange([...slots, '0'])} disabled={slots.length >= MAX_SLOTS}>Add slot</button>
          <button type="button" className="button button-small" onClick={() => onChange(slots.slice(0, -1))} disabled={slots.length <= 1} aria-label={`Remove layer ${slots.length} slot`}>Remove last</button>
        </div>
      </div>
      {scheduleError ? <p className="field-error" role="alert">{scheduleError}</p> : (
        <p className="field-hint">{total === null ? `default ${defaultText('allocationPct')}` : `${total}% scheduled, ${Math.round((100 - total) * 100) / 100}% left for reserve and hedges · ${meta.unit} · default ${defaultText('allocationPct')}`}</p>
      )}
    </fieldset>
  );
}
