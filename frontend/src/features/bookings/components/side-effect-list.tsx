import { Button } from '../../../components/ui/button';
import { StatusBadge } from '../../../components/ui/status-badge';
import type { BookingSideEffect as SideEffect } from '../api/get-booking-side-effects';

export type { SideEffect };

export const SIDE_EFFECT_LABELS: Record<SideEffect['kind'], string> = {
  create_event: 'Calendar event',
  send_confirmations: 'Confirmation emails',
  create_contact: 'Contact',
  send_follow_up: 'Follow-up email',
  update_event: 'Calendar event update',
  cancel_event: 'Calendar event removal',
  send_change_notices: 'Change emails',
};

const STATES: Record<SideEffect['status'], { label: string; tone: 'info' | 'success' | 'danger' }> = {
  pending: { label: 'On its way', tone: 'info' },
  done: { label: 'Done', tone: 'success' },
  dead: { label: 'Failed', tone: 'danger' },
};

export interface SideEffectListProps {
  effects: SideEffect[];
  /** Present when a failed step can be run again; absent, failed steps only say why they failed. */
  onRetry?: ((effect: SideEffect) => void) | undefined;
  retryingId?: string | null;
}

/** Everything that followed the booking and its changes (events, emails, contact), and why a step gave up. */
export function SideEffectList({ effects, onRetry, retryingId = null }: SideEffectListProps) {
  if (effects.length === 0) return <p className="muted">Nothing yet.</p>;
  return (
    <ul className="side-effects" aria-label="Follow-ups">
      {effects.map((effect) => {
        const state = STATES[effect.status];
        const label = SIDE_EFFECT_LABELS[effect.kind];
        return (
          <li key={effect.id} className="side-effects__item">
            <span className="side-effects__name">{label}</span>
            <StatusBadge tone={state.tone}>{state.label}</StatusBadge>
            {effect.attempts > 1 ? <span className="muted">{effect.attempts} attempts</span> : null}
            {effect.status === 'dead' && effect.lastError ? (
              <span className="side-effects__error">{effect.lastError}</span>
            ) : null}
            {effect.status === 'dead' && onRetry ? (
              <Button
                variant="secondary"
                isBusy={retryingId === effect.id}
                onClick={() => onRetry(effect)}
                aria-label={`Retry: ${label}`}
              >
                Retry
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
