import { useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { TextareaField } from './textarea-field';

export interface CancelMeetingDialogProps {
  isOpen: boolean;
  /** Who hears about it, e.g. "Dana gets an email with the cancellation." */
  notice: string;
  isBusy: boolean;
  error: string | null;
  onConfirm: (reason: string | undefined) => void;
  onClose: () => void;
}

/** Asks before a meeting is cancelled, with room for an optional reason that the other side receives. */
export function CancelMeetingDialog({
  isOpen,
  notice,
  isBusy,
  error,
  onConfirm,
  onClose,
}: CancelMeetingDialogProps) {
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Cancel this meeting?"
      confirmLabel="Cancel meeting"
      dismissLabel="Keep meeting"
      isBusy={isBusy}
      error={error}
      onConfirm={() => onConfirm(reason.trim() || undefined)}
      onClose={onClose}
    >
      <div className="stack">
        <p>{notice}</p>
        <TextareaField
          label="Reason (optional)"
          value={reason}
          maxLength={1000}
          rows={3}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}
