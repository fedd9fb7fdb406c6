import { Button } from '../../../components/ui/button';
import { type BookingSideEffect, useBookingSideEffects } from '../api/get-booking-side-effects';
import { useRetrySideEffect } from '../api/retry-side-effect';
import { SIDE_EFFECT_LABELS } from './side-effect-list';

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
              {SIDE_EFFECT_LABELS[effect.kind]}: {STATES[effect.status]}
              {effect.status === 'dead' && effect.lastError ? (
                <span className="field__error"> ({effect.lastError})</span>
              ) : null}
              {effect.status === 'dead' ? (
                <>
                  {' '}
                  <Button
                    variant="ghost"
                    aria-label={`Retry: ${SIDE_EFFECT_LABELS[effect.kind]}`}
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
