import { DomainError } from '../../domain/shared/domain-error';
import type { SideEffectState, SideEffectsRepository, SideEffectsRunner } from '../../ports/side-effects';

/** The owner's "try again" on a side effect that gave up: it gets a fresh retry schedule and starts now. */
export function makeRetrySideEffect(deps: {
  sideEffects: Pick<SideEffectsRepository, 'revive'>;
  runner: Pick<SideEffectsRunner, 'requeue'>;
}) {
  return async (ownerId: string, bookingId: string, sideEffectId: string): Promise<SideEffectState> => {
    const revived = await deps.sideEffects.revive(ownerId, bookingId, sideEffectId);
    if (revived === 'not_found')
      throw new DomainError('not_found', 'No side effect with this id on this booking.');
    if (revived === 'not_dead')
      throw new DomainError(
        'side_effect_not_dead',
        'Only a side effect that gave up can be retried; this one is still pending or already done.',
      );
    await deps.runner.requeue(revived);
    return {
      id: revived.id,
      kind: revived.kind,
      revision: revived.revision,
      status: revived.status,
      attempts: revived.attempts,
      lastError: null,
    };
  };
}
