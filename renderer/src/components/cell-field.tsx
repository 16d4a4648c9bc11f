import type { ReactNode } from 'react';

interface CellFieldProps {
  id: string;
  /** Read by screen readers; the column header shows it visually. */
  label: string;
  error?: string;
  children: ReactNode;
}

/** A table cell holding one control: hidden label, the control, its error underneath. */
export function CellField({ id, label, error, children }: CellFieldProps) {
  return (
    <td className={error ? 'cell-field cell-invalid' : 'cell-field'}>
      <label htmlFor={id} className="sr-only">{label}</label>
      {children}
      {error ? <span className="cell-error" id={`${id}-error`}>{error}</span> : null}
    </td>
  );
}
