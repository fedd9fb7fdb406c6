import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { notFound } from '../shared/not-found';
import { recordLinkEvent } from '../webhooks/record-link-event';
import { type LinkPresenter, presentLink } from './present-link';

interface Deps extends LinkPresenter {
  transaction: UnitOfWork;
  clock: Clock;
}

/** Flips a link between enabled and disabled; a disabled link's public page stops offering slots at once. */
export function makeToggleLink(deps: Deps) {
  return async function toggleLink(ownerId: string, id: string) {
    const link = await deps.transaction.run(async ({ links, audit, webhooks }) => {
      const current = await links.findOwned(ownerId, id);
      if (!current) throw notFound('link', id);
      const now = deps.clock.now();
      const updated = await links.update(ownerId, id, { isActive: !current.isActive }, now);
      if (!updated) throw notFound('link', id);
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: updated.isActive ? 'link.enabled' : 'link.disabled',
        targetType: 'link',
        targetId: id,
        summary: updated.isActive ? 'enabled' : 'disabled',
        occurredAt: now,
      });
      await recordLinkEvent(webhooks, deps, { type: 'link.updated', link: updated, at: now });
      return updated;
    });
    return presentLink(link, deps);
  };
}
