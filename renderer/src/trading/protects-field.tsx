import type { LayerSummary } from '../../../shared/domain/types';
import { ROLE_LABELS } from '../format/labels';
import { formatCondorStrikes } from '../format/strikes';

interface ProtectsFieldProps {
  idPrefix: string;
  candidates: readonly LayerSummary[];
  selected: readonly number[];
  onChange(ids: number[]): void;
  disabled: boolean;
  error?: string;
}

/** Which open condor layers a hedge protects (for hedge attribution in later reports). */
export function ProtectsField({ idPrefix, candidates, selected, onChange, disabled, error }: ProtectsFieldProps) {
  const toggle = (id: number, on: boolean) => onChange(on ? [...selected, id].sort((a, b) => a - b) : selected.filter((s) => s !== id));
  return (
    <fieldset className="fieldset protects" disabled={disabled} data-testid="protects-field">
      <legend>Protects layers <span className="legend-note">{disabled ? 'only a hedge protects layers' : 'open condor layers'}</span></legend>
      {candidates.length === 0 ? <p className="field-hint">No open condor layer in this portfolio.</p> : null}
      <div className="check-list">
        {candidates.map((layer) => (
          <label key={layer.id} htmlFor={`${idPrefix}-protects-${layer.id}`} className="check">
            <input id={`${idPrefix}-protects-${layer.id}`} type="checkbox" checked={selected.includes(layer.id)} onChange={(e) => toggle(layer.id, e.target.checked)} />
            <span>#{layer.id} {ROLE_LABELS[layer.role]} · {layer.strikes ? formatCondorStrikes(layer.strikes) : 'custom'} · exp {layer.expiration ?? '—'}</span>
          </label>
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
