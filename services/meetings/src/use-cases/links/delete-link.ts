import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { notFound } from '../shared/not-found';
import { recordLinkEvent } from '../webhooks/record-link-event';
import type { LinkPresenter } from './present-link';

interface Deps extends LinkPresenter {
  transaction: UnitOfWork;
  clock: Clock;
}

/** Soft: the link disappears for the owner and the public, while its bookings and history stay. */
export function makeDeleteLink(deps: Deps) {
  return async function deleteLink(ownerId: string, id: string): Promise<void> {
    await deps.transaction.run(async ({ links, audit, webhooks }) => {
      const now = deps.clock.now();
      const link = await links.findOwned(ownerId, id);
      if (!link || !(await links.softDelete(ownerId, id, now))) throw notFound('link', id);
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'link.deleted',
        targetType: 'link',
        targetId: id,
        summary: 'deleted (bookings kept)',
        occurredAt: now,
      });
      // The link as it was last seen: subscribers learn which link went away.
      await recordLinkEvent(webhooks, deps, { type: 'link.deleted', link, at: now });
    });
  };
}
