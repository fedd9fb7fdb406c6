import type { TemplatesRepository } from '../../ports/templates';
import { notFound } from '../shared/not-found';
import { presentTemplate } from './present-template';

export function makeGetTemplate(deps: { templates: Pick<TemplatesRepository, 'findOwned'> }) {
  return async function getTemplate(ownerId: string, id: string) {
    const template = await deps.templates.findOwned(ownerId, id);
    if (!template) throw notFound('template', id);
    return presentTemplate(template);
  };
}
