import type { ReactNode } from 'react';
import { useAction } from '../api/use-action';
import { FormError } from './form-error';
import { Modal } from './modal';

interface ConfirmDialogProps {
  title: string;
  /** What will be lost, in plain words. */
  children: ReactNode;
  /** Runs the destructive call; the dialog stays open with the error when it throws. */
  onConfirm(): Promise<unknown>;
  onClose(): void;
  /** Called after a successful confirm (the dialog is closed by the caller). */
  onDone?(): void;
  /** Wording for actions other than a deletion (defaults: Confirm / Deleting… / Not deleted.). */
  confirmLabel?: string;
  busyLabel?: string;
  failLead?: string;
  /** `danger` (red) for losing data; `primary` for a recovery that keeps everything. */
  tone?: 'danger' | 'primary';
  testId?: string;
}

/** "Are you sure?" before a destructive or irreversible action. Cancel has the focus, so a stray Enter loses nothing. */
export function ConfirmDialog({ title, children, onConfirm, onClose, onDone, confirmLabel = 'Confirm', busyLabel = 'Deleting…', failLead = 'Not deleted.', tone = 'danger', testId }: ConfirmDialogProps) {
  const action = useAction();
  const confirm = async () => {
    const ok = await action.run(async () => { await onConfirm(); return true; });
    if (ok) (onDone ?? onClose)();
  };
  return (
    <Modal title={title} onClose={onClose} size="narrow" locked={action.busy} testId={testId}>
      <div className="confirm" data-testid="confirm-dialog">
        <div className="confirm-text">{children}</div>
        <FormError error={action.error} lead={failLead} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus="" disabled={action.busy}>Cancel</button>
          <button type="button" className={`button button-${tone}`} onClick={() => void confirm()} disabled={action.busy}>
            {action.busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </div>
    </Modal>
  );
}
