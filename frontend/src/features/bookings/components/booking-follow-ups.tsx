import { Button } from '../../../components/ui/button';
import { type BookingSideEffect, useBookingSideEffects } from '../api/get-booking-side-effects';
import { useRetrySideEffect } from '../api/retry-side-effect';

const LABELS: Record<BookingSideEffect['kind'], string> = {
  create_event: 'Calendar event',
  send_confirmations: 'Confirmation emails',
  create_contact: 'Contact',
  send_follow_up: 'Follow-up email',
  update_event: 'Calendar event update',
  cancel_event: 'Calendar event removal',
  send_change_notices: 'Change emails',
};

const STATES: Record<BookingSideEffect['status'], string> = {
  pending: 'on its way',
  done: 'done',
  dead: 'failed',
};

/** What followed the booking (event, emails, contact), so an owner sees at once when one gave up. */
export function BookingFollowUps({ bookingId }: { bookingId: string }) {
  const { data } = useBookingSideEffects(bookingId);
  const retry = useRetrySideEffect(bookingId);
  if (!data || data.length === 0) return null;
  return (
    <div>
      <dt>Follow-ups</dt>
      <dd>
        <ul className="booking-card__follow-ups">
          {data.map((effect) => (
            <li key={effect.id}>
              {LABELS[effect.kind]}: {STATES[effect.status]}
              {effect.status === 'dead' && effect.lastError ? (
                <span className="field__error"> ({effect.lastError})</span>
              ) : null}
              {effect.status === 'dead' ? (
                <>
                  {' '}
                  <Button
                    variant="ghost"
                    aria-label={`Retry: ${LABELS[effect.kind]}`}
                    isBusy={retry.isPending && retry.variables === effect.id}
                    onClick={() => retry.mutate(effect.id)}
                  >
                    Retry
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
