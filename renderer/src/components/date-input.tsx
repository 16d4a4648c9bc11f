import { useRef, type InputHTMLAttributes } from 'react';
import { isIsoDate } from '../../../shared/dates';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'>;

interface DateInputProps extends NativeProps {
  value: string;
  onChange(value: string): void;
}

/**
 * A date the trader can TYPE as `YYYY-MM-DD` (the form the app shows everywhere) or pick from a
 * calendar. Chromium's `<input type=date>` takes typed digits in the locale's order
 * (`mm/dd/yyyy`), so `2026-05-26` typed into it became year 260526; a text input keeps what was
 * typed, and the form's validation says what is wrong with it (shared/dates `dateProblem`).
 */
export function DateInput({ value, onChange, id, disabled, className, ...rest }: DateInputProps) {
  const picker = useRef<HTMLInputElement>(null);
  const openPicker = () => {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      input.focus(); // showPicker is refused outside a user gesture in some hosts; focus still lets the keyboard pick
    }
  };
  return (
    <div className={`input-group date-input ${className ?? ''}`.trim()}>
      <input {...rest} id={id} type="text" inputMode="numeric" placeholder={rest.placeholder ?? 'YYYY-MM-DD'} maxLength={10}
        value={value} disabled={disabled} autoComplete="off" spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      <button type="button" className="input-affix date-input-button" onClick={openPicker} disabled={disabled}
        aria-label="Pick from a calendar" title="Pick from a calendar" tabIndex={-1}>
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M4 0h2v2h4V0h2v2h3v14H1V2h3zm-1 6v8h10V6z" /></svg>
      </button>
      <input ref={picker} type="date" className="date-input-native" tabIndex={-1} aria-hidden="true" disabled={disabled}
        value={isIsoDate(value) ? value : ''} min={rest.min?.toString()} max={rest.max?.toString()}
        onChange={(e) => { if (isIsoDate(e.target.value)) onChange(e.target.value); }} />
    </div>
  );
}
