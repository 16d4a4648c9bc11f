import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  testId?: string;
  size?: 'narrow' | 'normal' | 'wide';
  /** While true (a save is running) Escape does not close the dialog. */
  locked?: boolean;
}

/**
 * A native modal `<dialog>`: the browser traps focus, makes the page inert and turns
 * Escape into a cancel. Focus goes to the field marked `data-autofocus`, else the first field.
 */
export function Modal({ title, onClose, children, testId, size = 'normal', locked = false }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const lockedRef = useRef(locked);
  useEffect(() => {
    onCloseRef.current = onClose;
    lockedRef.current = locked;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input:not([type=radio]), select, textarea');
    first?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal modal-${size}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!lockedRef.current) onCloseRef.current();
      }}
      // Chromium may close without a cancel event (repeated Escape); keep React's state in step.
      onClose={() => {
        if (!ref.current?.open) onCloseRef.current();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close dialog" tabIndex={-1} onClick={() => onCloseRef.current()}>×</button>
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
