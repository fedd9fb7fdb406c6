import { DomainError } from '../../domain/shared/domain-error';
import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { UnitOfWork } from '../../ports/unit-of-work';
import type { LinkPresenter } from '../links/present-link';
import { notFound } from '../shared/not-found';
import { presentOneTimeLink } from './present-one-time-link';

interface Deps extends LinkPresenter {
  transaction: UnitOfWork;
  clock: Clock;
}

/** Revoking twice is harmless; a link already booked stays booked (its booking can be cancelled instead). */
export function makeRevokeOneTimeLink(deps: Deps) {
  return async function revokeOneTimeLink(ownerId: string, id: string) {
    const now = deps.clock.now();
    const link = await deps.transaction.run(async ({ oneTimeLinks, audit }) => {
      const current = await oneTimeLinks.findOwned(ownerId, id);
      if (!current) throw notFound('one-time link', id);
      if (current.status === 'booked') {
        throw new DomainError(
          'one_time_link_booked',
          `This one-time link has already been booked: to call the meeting off, cancel the booking on its page (/bookings/meetings/${current.bookingId}).`,
        );
      }
      if (current.status === 'revoked') return current;
      const revoked = await oneTimeLinks.markRevoked(ownerId, id);
      if (!revoked) throw notFound('one-time link', id);
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'one_time_link.revoked',
        targetType: 'one_time_link',
        targetId: id,
        summary: `revoked the link for ${revoked.recipientEmail}`,
        occurredAt: now,
      });
      return revoked;
    });
    return presentOneTimeLink(link, now, deps);
  };
}
