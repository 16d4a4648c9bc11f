import type { ReactNode } from 'react';
import { FieldFrame, messageId } from './field-frame';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  id: string;
  label: ReactNode;
  value: V;
  options: readonly SelectOption<V>[];
  onChange(value: V): void;
  error?: string;
  hint?: ReactNode;
  autoFocus?: boolean;
  disabled?: boolean;
  className?: string;
  testId?: string;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, label, value, options, onChange, error, hint, autoFocus, disabled, className, testId } = props;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <select
        id={id}
        value={value}
        autoFocus={autoFocus}
        data-autofocus={autoFocus ? '' : undefined}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={messageId(id, error, hint)}
        data-testid={testId}
        onChange={(e) => {
          const picked = options.find((o) => o.value === e.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldFrame>
  );
}
