import { newLeg, type LegDraft } from './leg-draft';
import { LEG_PRESETS } from './leg-presets';
import { LegRow } from './leg-row';

interface LegEditorProps {
  legs: LegDraft[];
  onChange(legs: LegDraft[]): void;
  /** API array name the rows map to: `legs` for a new layer, `newLegs` in an adjust ticket. */
  pathBase: string;
  idPrefix: string;
  errorFor(path: string): string | undefined;
  /** Whether the last row may be removed (a new layer needs one leg; an adjust may add none). */
  allowEmpty?: boolean;
  /** Preset buttons replace the rows; off where legs are added to an existing layer. */
  presets?: boolean;
}

export function LegEditor({ legs, onChange, pathBase, idPrefix, errorFor, allowEmpty = false, presets = true }: LegEditorProps) {
  const update = (i: number, leg: LegDraft) => onChange(legs.map((l, j) => (j === i ? leg : l)));
  const remove = (i: number) => onChange(legs.filter((_, j) => j !== i));
  const groupError = errorFor(pathBase);
  const addLeg = () => {
    // A new row copies the last one (same underlying and expiration is the common case), not its strike.
    const last = legs[legs.length - 1];
    if (!last) return onChange([newLeg()]);
    const { key: _key, ...copy } = last;
    onChange([...legs, newLeg({ ...copy, strike: '' })]);
  };
  return (
    <div className="leg-editor" data-testid={`${idPrefix}-legs`}>
      {presets ? (
        <div className="chip-row" role="group" aria-label="Start from a preset">
          <span className="chip-label">Presets:</span>
          {LEG_PRESETS.map((preset) => (
            <button key={preset.id} type="button" className="chip" onClick={() => onChange(preset.legs())}>{preset.label}</button>
          ))}
        </div>
      ) : null}
      {legs.length > 0 ? (
        <table className="table table-compact leg-table">
          <thead>
            <tr>
              <th>Instrument</th><th>Underlying</th><th>Side</th><th>Right / ticker</th><th>Strike</th><th>Expiration</th><th>Ratio</th><th>Mult.</th><th aria-label="Remove" />
            </tr>
          </thead>
          <tbody>
            {legs.map((leg, i) => (
              <LegRow key={leg.key} leg={leg} index={i} path={`${pathBase}.${i}`} idPrefix={idPrefix} onChange={(l) => update(i, l)}
                onRemove={allowEmpty || legs.length > 1 ? () => remove(i) : undefined} errorFor={errorFor} />
            ))}
          </tbody>
        </table>
      ) : null}
      {groupError ? <p className="field-error" role="alert">{groupError}</p> : null}
      <button type="button" className="button button-small" onClick={addLeg}>+ Add leg</button>
    </div>
  );
}
