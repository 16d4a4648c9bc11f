import type { ReactNode } from 'react';
import type { PriceDirection } from '../format/points';
import { FieldFrame, messageId } from './field-frame';

export interface NetPriceFieldProps {
  id: string;
  label: ReactNode;
  /** Unsigned points as typed, e.g. "3.20". */
  text: string;
  direction: PriceDirection;
  onText(text: string): void;
  onDirection(direction: PriceDirection): void;
  onBlur?(): void;
  error?: string;
  hint?: ReactNode;
  autoFocus?: boolean;
  className?: string;
  testId?: string;
}

/**
 * A net price in points with an explicit Credit/Debit switch, so nobody has to remember
 * which sign the journal wants. Typing a leading "-" or "+" flips the switch instead.
 */
export function NetPriceField(props: NetPriceFieldProps) {
  const { id, label, text, direction, onText, onDirection, onBlur, error, hint, autoFocus, className, testId } = props;
  const change = (value: string) => {
    const sign = value.trimStart()[0];
    if (sign === '-' || sign === '+') onDirection(sign === '-' ? 'debit' : 'credit');
    onText(sign === '-' || sign === '+' ? value.trimStart().slice(1) : value);
  };
  const radio = (value: PriceDirection, caption: string) => (
    <label className={`toggle-option ${direction === value ? 'toggle-on' : ''}`}>
      <input type="radio" name={`${id}-direction`} value={value} checked={direction === value} onChange={() => onDirection(value)} />
      {caption}
    </label>
  );
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <div className="input-group">
        <input
          id={id}
          value={text}
          inputMode="decimal"
          autoComplete="off"
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={messageId(id, error, hint)}
          data-testid={testId}
          onChange={(e) => change(e.target.value)}
          onBlur={onBlur}
        />
        <span className="input-affix">pts</span>
        <span className="toggle" role="radiogroup" aria-label="Credit or debit">
          {radio('credit', 'Credit')}
          {radio('debit', 'Debit')}
        </span>
      </div>
    </FieldFrame>
  );
}
