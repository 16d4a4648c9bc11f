import type { ApiError } from '../../../shared/api/errors';
import { FormError } from './form-error';

interface FormFooterProps {
  /** The save in flight: its error shows above the buttons; while busy the buttons are disabled. */
  action: { busy: boolean; error: ApiError | null };
  /** True for paths a field of this form shows (their issues stay under the field). */
  isField?: (path: string) => boolean;
  /** The submit button, e.g. "Save condor"; `busyLabel` while saving ("Saving…" by default). */
  submitLabel: string;
  busyLabel?: string;
  /** The keyboard hint at the left, e.g. "Enter saves · Esc cancels". */
  keys?: string;
  /** Without it the form has no Cancel button (a form that is the whole page). */
  onCancel?(): void;
}

/** The end of an entry form: why the last save failed, the keyboard hint, Cancel and the submit button. */
export function FormFooter({ action, isField, submitLabel, busyLabel = 'Saving…', keys, onCancel }: FormFooterProps) {
  return (
    <div className="form-footer">
      <FormError error={action.error} isField={isField} />
      <div className="form-actions">
        {keys ? <span className="form-keys">{keys}</span> : null}
        {onCancel ? <button type="button" className="button" onClick={onCancel} disabled={action.busy}>Cancel</button> : null}
        <button type="submit" className="button button-primary" disabled={action.busy}>{action.busy ? busyLabel : submitLabel}</button>
      </div>
    </div>
  );
}
