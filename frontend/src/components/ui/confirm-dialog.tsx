import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Alert } from './alert';
import { Button } from './button';

export interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The button that leaves everything as it was; "Cancel" unless that word would be ambiguous. */
  dismissLabel?: string;
  isBusy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A modal <dialog>: the browser traps focus, Escape cancels and focus returns to the opener on close.
 * Cancel is focused first so that Enter never destroys anything by accident.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  dismissLabel = 'Cancel',
  isBusy = false,
  error = null,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onClose();
      }}
    >
      {isOpen ? (
        <div className="stack">
          <h2 id={titleId}>{title}</h2>
          <div>{children}</div>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="dialog__actions">
            <Button variant="secondary" onClick={onClose} disabled={isBusy} autoFocus>
              {dismissLabel}
            </Button>
            <Button variant="danger" onClick={onConfirm} isBusy={isBusy}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
