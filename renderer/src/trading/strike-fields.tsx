import { TextField } from '../components/text-field';
import { STRIKE_KEYS, strikePath, type StrikeKey } from './condor-core';

// No sample numbers: a fixed 5500/5950 sat far from SPX; the condor form prefills from the last close instead.
const PLACEHOLDERS: Record<StrikeKey, string> = { putLong: 'pts', putShort: 'pts', callShort: 'pts', callLong: 'pts' };

const LABELS: Record<StrikeKey, string> = {
  putLong: 'Long put K1',
  putShort: 'Short put K2',
  callShort: 'Short call K3',
  callLong: 'Long call K4',
};

interface StrikeFieldsProps {
  idPrefix: string;
  values: Record<StrikeKey, string>;
  onChange(key: StrikeKey, text: string): void;
  onBlur(path: string): void;
  errorFor(path: string): string | undefined;
}

/** K1 < K2 < K3 < K4 in points, left to right as they sit on the price axis. */
export function StrikeFields({ idPrefix, values, onChange, onBlur, errorFor }: StrikeFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Strikes <span className="legend-note">points, K1 &lt; K2 &lt; K3 &lt; K4</span></legend>
      <div className="form-grid form-grid-4">
        {STRIKE_KEYS.map((key) => (
          <TextField
            key={key}
            id={`${idPrefix}-${key}`}
            label={LABELS[key]}
            inputMode="decimal"
            placeholder={PLACEHOLDERS[key]}
            value={values[key]}
            onChange={(text) => onChange(key, text)}
            onBlur={() => onBlur(strikePath(key))}
            error={errorFor(strikePath(key))}
            className={key.startsWith('put') ? 'strike-put' : 'strike-call'}
          />
        ))}
      </div>
    </fieldset>
  );
}
