import { useEffect, useState } from 'react';
import { dateProblem } from '../../../../shared/dates';
import { DateInput } from '../../components/date-input';
import { scrubSpan } from './as-of-scrub';
import { AsOfSlider } from './as-of-slider';

interface AsOfControlProps {
  value: string;
  today: string;
  /** Where the slider starts (the first layer's opening date, else the first SPX close); null hides it. */
  scrubStart: string | null;
  onChange(date: string): void;
}

/**
 * The dashboard's date: today by default, any past date to review the book as it stood then.
 * A typed date applies once it is a whole ISO date; until then the field says what is wrong.
 * The slider beside it scrubs the same date a day per step; the two always show one value.
 */
export function AsOfControl({ value, today, scrubStart, onChange }: AsOfControlProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const problem = dateProblem(text, 'as-of date') ?? (text > today ? `After today (${today})` : null);
  const type = (next: string) => {
    setText(next);
    if (dateProblem(next, 'as-of date') === null && next <= today) onChange(next);
  };
  const span = scrubSpan(scrubStart, value, today);
  return (
    <div className="as-of">
      <label htmlFor="dashboard-as-of">As of</label>
      <DateInput id="dashboard-as-of" value={text} max={today} data-testid="as-of" onChange={type}
        aria-invalid={problem ? true : undefined} title={problem ?? undefined} />
      {span !== null ? <AsOfSlider span={span} value={value} today={today} onChange={onChange} /> : null}
      {problem ? <span className="field-error" role="alert">{problem}</span> : null}
      {value !== today ? <button type="button" className="button button-small button-quiet" onClick={() => onChange(today)} data-testid="as-of-today">Today</button> : null}
    </div>
  );
}
