import { DomainError } from '../../domain/shared/domain-error';
import type { TemplatesRepository } from '../../ports/templates';

/** A link may only reference one of its owner's templates; any other id reads as unknown. */
export async function requireOwnedTemplate(
  templates: Pick<TemplatesRepository, 'findOwned'>,
  ownerId: string,
  templateId: string | null | undefined,
): Promise<void> {
  if (!templateId) return;
  if (await templates.findOwned(ownerId, templateId)) return;
  throw new DomainError('validation_failed', 'The template does not exist.', [
    { path: 'templateId', message: 'does not name one of your templates' },
  ]);
}
