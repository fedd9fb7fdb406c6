import type { LinksRepository } from '../../ports/links';
import { notFound } from '../shared/not-found';
import { type LinkPresenter, presentLink } from './present-link';

interface Deps extends LinkPresenter {
  links: Pick<LinksRepository, 'findOwned'>;
}

export function makeGetLink(deps: Deps) {
  return async function getLink(ownerId: string, id: string) {
    const link = await deps.links.findOwned(ownerId, id);
    if (!link) throw notFound('link', id);
    return presentLink(link, deps);
  };
}
