import type { TemplateContent } from '../../domain/templates/questions';
import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { presentTemplate } from './present-template';
import { requireValidQuestions } from './require-valid-questions';

interface Deps {
  transaction: UnitOfWork;
  clock: Clock;
}

export type CreateTemplateInput = Pick<TemplateContent, 'name'> & Partial<TemplateContent>;

export function makeCreateTemplate(deps: Deps) {
  return async function createTemplate(ownerId: string, input: CreateTemplateInput, origin?: string) {
    const questions = input.questions ?? [];
    requireValidQuestions(questions);
    const template = await deps.transaction.run(async ({ templates, audit }) => {
      const created = await templates.insert({
        ownerId,
        name: input.name,
        description: input.description ?? '',
        questions,
        emailFollowupEnabled: input.emailFollowupEnabled ?? false,
      });
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'template.created',
        targetType: 'template',
        targetId: created.id,
        summary: `created "${created.name}"${origin ? ` from ${origin}` : ''}`,
        occurredAt: deps.clock.now(),
      });
      return created;
    });
    return presentTemplate(template);
  };
}
