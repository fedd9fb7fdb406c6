import type { TemplateContent } from '../../domain/templates/questions';
import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { describeChanges } from '../shared/describe-changes';
import { notFound } from '../shared/not-found';
import { presentTemplate } from './present-template';
import { requireValidQuestions } from './require-valid-questions';

interface Deps {
  transaction: UnitOfWork;
  clock: Clock;
}

export function makeUpdateTemplate(deps: Deps) {
  return async function updateTemplate(ownerId: string, id: string, input: Partial<TemplateContent>) {
    requireValidQuestions(input.questions);
    const template = await deps.transaction.run(async ({ templates, audit }) => {
      const current = await templates.findOwned(ownerId, id);
      if (!current) throw notFound('template', id);
      const now = deps.clock.now();
      const updated = await templates.update(ownerId, id, input, now);
      if (!updated) throw notFound('template', id);
      const changed = describeChanges(current, updated).filter((field) => field !== 'updatedAt');
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'template.updated',
        targetType: 'template',
        targetId: id,
        summary: changed.length > 0 ? `changed ${changed.join(', ')}` : 'no change',
        occurredAt: now,
      });
      return updated;
    });
    return presentTemplate(template);
  };
}
