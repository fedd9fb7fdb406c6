import { DomainError } from '../../domain/shared/domain-error';
import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { notFound } from '../shared/not-found';

interface Deps {
  transaction: UnitOfWork;
  clock: Clock;
}

/** A template a live link still uses cannot go: the link would lose its questions. */
export function makeDeleteTemplate(deps: Deps) {
  return async function deleteTemplate(ownerId: string, id: string): Promise<void> {
    await deps.transaction.run(async ({ templates, audit }) => {
      const template = await templates.findOwned(ownerId, id);
      if (!template) throw notFound('template', id);
      if (await templates.isInUse(ownerId, id)) {
        throw new DomainError(
          'template_in_use',
          `Template "${template.name}" is used by at least one link. Choose another template for those links first.`,
        );
      }
      await templates.delete(ownerId, id);
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'template.deleted',
        targetType: 'template',
        targetId: id,
        summary: `deleted "${template.name}"`,
        occurredAt: deps.clock.now(),
      });
    });
  };
}
