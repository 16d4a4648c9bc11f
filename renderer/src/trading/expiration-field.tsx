import { daysBetween, isIsoDate } from '../../../shared/dates';
import { TextField } from '../components/text-field';
import { expirationForDte, weekdayName } from './expiration-for-dte';

interface ExpirationFieldProps {
  id: string;
  openedOn: string;
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  error?: string;
  /** DTE shortcuts offered as buttons, e.g. the portfolio's base (45) and next-layer (30) DTE. */
  suggestedDte: readonly number[];
}

/** Expiration date with its DTE spelled out and one-click ALVH targets. */
export function ExpirationField({ id, openedOn, value, onChange, onBlur, error, suggestedDte }: ExpirationFieldProps) {
  const known = isIsoDate(openedOn) && isIsoDate(value);
  const hint = known ? `${daysBetween(openedOn, value)} DTE · ${weekdayName(value)}` : 'Pick a date or a DTE target below';
  return (
    <div className="expiration-field">
      <TextField id={id} label="Expiration" type="date" value={value} onChange={onChange} onBlur={onBlur} error={error} hint={hint} />
      {isIsoDate(openedOn) ? (
        <div className="chip-row">
          {[...new Set(suggestedDte)].map((dte) => {
            const date = expirationForDte(openedOn, dte);
            return (
              <button key={dte} type="button" className="chip" title={`Set the expiration to ${date}`} onClick={() => onChange(date)}>
                ≈{dte} DTE
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
