import type { ReactNode } from 'react';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter';
import { FieldFrame, messageId } from './field-frame';

export interface TextAreaFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: ReactNode;
  rows?: number;
  placeholder?: string;
  className?: string;
  testId?: string;
}

export function TextAreaField({ id, label, value, onChange, error, hint, rows = 2, placeholder, className, testId }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={messageId(id, error, hint)}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={submitOnCtrlEnter}
      />
    </FieldFrame>
  );
}
