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
}

/** "Are you sure?" for deletions. Cancel has the focus, so a stray Enter loses nothing. */
export function ConfirmDialog({ title, children, onConfirm, onClose, onDone }: ConfirmDialogProps) {
  const action = useAction();
  const confirm = async () => {
    const ok = await action.run(async () => { await onConfirm(); return true; });
    if (ok) (onDone ?? onClose)();
  };
  return (
    <Modal title={title} onClose={onClose} size="narrow" locked={action.busy}>
      <div className="confirm" data-testid="confirm-dialog">
        <div className="confirm-text">{children}</div>
        <FormError error={action.error} lead="Not deleted." />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus="" disabled={action.busy}>Cancel</button>
          <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={action.busy}>
            {action.busy ? 'Deleting…' : 'Confirm'}
          </button>
        </div>
      </div>
    </Modal>
  );
}
