import { useEffect, useState } from 'react';
import { dateProblem } from '../../../../shared/dates';
import { DateInput } from '../../components/date-input';

interface DateFilterFieldProps {
  label: string;
  value: string;
  min?: string | undefined;
  max?: string | undefined;
  testId: string;
  onChange(value: string): void;
}

/**
 * A filter bound typed as YYYY-MM-DD: the filter follows only a whole date (or an empty box), so a
 * half-typed date never filters the list; a bad one says what is wrong.
 */
export function DateFilterField({ label, value, min, max, testId, onChange }: DateFilterFieldProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const problem = text === '' ? null : dateProblem(text, label.toLowerCase());
  const edit = (next: string) => {
    setText(next);
    if (next.trim() === '' || dateProblem(next, label) === null) onChange(next.trim());
  };
  return (
    <label className="inline-field">{label}
      <DateInput value={text} min={min} max={max} onChange={edit} aria-invalid={problem && text.length >= 10 ? true : undefined}
        title={problem && text.length >= 10 ? problem : undefined} data-testid={testId} />
    </label>
  );
}
