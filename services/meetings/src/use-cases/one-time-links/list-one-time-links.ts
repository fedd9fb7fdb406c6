import type { Clock } from '../../ports/clock';
import type { LinksRepository } from '../../ports/links';
import type { OneTimeLinksRepository } from '../../ports/one-time-links';
import type { LinkPresenter } from '../links/present-link';
import { notFound } from '../shared/not-found';
import { mapPage, type PageQuery, readPage } from '../shared/page-request';
import { presentOneTimeLink } from './present-one-time-link';

interface Deps extends LinkPresenter {
  links: Pick<LinksRepository, 'findOwned'>;
  oneTimeLinks: Pick<OneTimeLinksRepository, 'listForLink'>;
  clock: Clock;
}

export function makeListOneTimeLinks(deps: Deps) {
  return async function listOneTimeLinks(ownerId: string, linkId: string, query: PageQuery) {
    if (!(await deps.links.findOwned(ownerId, linkId))) throw notFound('link', linkId);
    const page = await readPage(
      query,
      (request) => deps.oneTimeLinks.listForLink(ownerId, linkId, request),
      (link) => ({ at: link.createdAt, id: link.id }),
    );
    const now = deps.clock.now();
    return mapPage(page, (link) => presentOneTimeLink(link, now, deps));
  };
}
