import type { LinksRepository } from '../../ports/links';
import { mapPage, type PageQuery, readPage } from '../shared/page-request';
import { type LinkPresenter, presentLink } from './present-link';

interface Deps extends LinkPresenter {
  links: Pick<LinksRepository, 'listOwned'>;
}

export interface ListLinksQuery extends PageQuery {
  active?: boolean | undefined;
}

export function makeListLinks(deps: Deps) {
  return async function listLinks(ownerId: string, query: ListLinksQuery) {
    const page = await readPage(
      query,
      (request) => deps.links.listOwned(ownerId, { isActive: query.active }, request),
      (link) => ({ at: link.createdAt, id: link.id }),
    );
    return mapPage(page, (link) => presentLink(link, deps));
  };
}
