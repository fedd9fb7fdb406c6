import { DomainError } from '../../domain/shared/domain-error';
import type { SideEffectState, SideEffectsRepository } from '../../ports/side-effects';

export function makeListBookingSideEffects(deps: {
  sideEffects: Pick<SideEffectsRepository, 'listForBooking'>;
}) {
  return async (ownerId: string, bookingId: string): Promise<{ items: SideEffectState[] }> => {
    const items = await deps.sideEffects.listForBooking(ownerId, bookingId);
    if (!items) throw new DomainError('not_found', 'No booking with this id.');
    return { items };
  };
}
