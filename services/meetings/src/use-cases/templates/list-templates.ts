import type { TemplatesRepository } from '../../ports/templates';
import { mapPage, type PageQuery, readPage } from '../shared/page-request';
import { presentTemplate } from './present-template';

export function makeListTemplates(deps: { templates: Pick<TemplatesRepository, 'listOwned'> }) {
  return async function listTemplates(ownerId: string, query: PageQuery) {
    const page = await readPage(
      query,
      (request) => deps.templates.listOwned(ownerId, request),
      (template) => ({ at: template.createdAt, id: template.id }),
    );
    return mapPage(page, presentTemplate);
  };
}
