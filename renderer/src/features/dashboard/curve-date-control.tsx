import { useEffect, useState } from 'react';
import { addDays, daysBetween, isIsoDate } from '../../../../shared/dates';
import { DateInput } from '../../components/date-input';

interface CurveDateControlProps {
  asOf: string;
  /** The last expiration of the open legs; null when nothing expires after asOf. */
  lastExpiration: string | null;
  value: string | null;
  onChange(date: string | null): void;
}

/** The "chosen date" curve: a slider of days from asOf to the last expiration, and a date field. */
export function CurveDateControl({ asOf, lastExpiration, value, onChange }: CurveDateControlProps) {
  // What is typed shows as typed; it applies once it is a whole ISO date.
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  if (lastExpiration === null || lastExpiration <= asOf) return null;
  const span = daysBetween(asOf, lastExpiration);
  const offset = value === null ? 0 : Math.max(0, Math.min(span, daysBetween(asOf, value)));
  const pick = (date: string) => onChange(date <= asOf ? null : date > lastExpiration ? lastExpiration : date);
  return (
    <div className="what-if">
      <label htmlFor="curve-date-range">Chosen date</label>
      <input id="curve-date-range" type="range" min={0} max={span} step={1} value={offset} aria-valuetext={value ?? 'none'}
        onChange={(e) => { const days = Number(e.target.value); onChange(days === 0 ? null : addDays(asOf, days)); }} />
      <label htmlFor="curve-date" className="sr-only">Chosen date (YYYY-MM-DD)</label>
      <DateInput id="curve-date" min={asOf} max={lastExpiration} value={text} data-testid="curve-date"
        onChange={(typed) => { setText(typed); if (typed === '') onChange(null); else if (isIsoDate(typed)) pick(typed); }} />
      <span className="muted what-if-hint">{value === null ? 'drag to add a curve' : `T+${offset} days`}</span>
      {value !== null ? <button type="button" className="button button-small button-quiet" onClick={() => onChange(null)}>Clear</button> : null}
    </div>
  );
}
