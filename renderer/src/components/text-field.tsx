import type { HTMLAttributes, ReactNode } from 'react';
import { DateInput } from './date-input';
import { FieldFrame, messageId } from './field-frame';

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  error?: string;
  hint?: ReactNode;
  type?: 'text' | 'date' | 'search';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  /** Unit shown before the value, e.g. "$". */
  prefix?: string;
  /** Unit shown after the value, e.g. "pts" or "%". */
  suffix?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  className?: string;
  testId?: string;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, onBlur, error, hint, type = 'text', inputMode, placeholder, prefix, suffix, autoFocus, disabled, className, testId } = props;
  if (type === 'date') {
    return (
      <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
        <DateInput id={id} value={value} onChange={onChange} onBlur={onBlur} autoFocus={autoFocus} data-autofocus={autoFocus ? '' : undefined}
          disabled={disabled} placeholder={placeholder} aria-invalid={error ? true : undefined} aria-describedby={messageId(id, error, hint)}
          data-testid={testId} />
      </FieldFrame>
    );
  }
  const input = (
    <input
      id={id}
      type={type}
      value={value}
      inputMode={inputMode}
      placeholder={placeholder}
      autoFocus={autoFocus}
      data-autofocus={autoFocus ? '' : undefined}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
      aria-invalid={error ? true : undefined}
      aria-describedby={messageId(id, error, hint)}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
    />
  );
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      {prefix || suffix ? (
        <div className="input-group">
          {prefix ? <span className="input-affix">{prefix}</span> : null}
          {input}
          {suffix ? <span className="input-affix">{suffix}</span> : null}
        </div>
      ) : input}
    </FieldFrame>
  );
}
