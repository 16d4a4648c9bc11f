import { isIsoDate } from '../../../../shared/dates';

interface AsOfControlProps {
  value: string;
  today: string;
  onChange(date: string): void;
}

/** The dashboard's date: today by default, any past date to review the book as it stood then. */
export function AsOfControl({ value, today, onChange }: AsOfControlProps) {
  return (
    <div className="as-of">
      <label htmlFor="dashboard-as-of">As of</label>
      <input id="dashboard-as-of" type="date" value={value} max={today} data-testid="as-of"
        onChange={(e) => { if (isIsoDate(e.target.value)) onChange(e.target.value); }} />
      {value !== today ? <button type="button" className="button button-small button-quiet" onClick={() => onChange(today)}>Today</button> : null}
    </div>
  );
}
