import type { Clock } from '../../src/ports/clock';
import { makeResolvePublicLink } from '../../src/use-cases/public/resolve-public-link';
import type { MemoryStore } from './memory-store';
import { memoryLinks, memoryOneTimeLinks, memoryOwnerProfiles, memoryTemplates } from './repositories';
import { fakeTokens } from './secrets';

/** The real public-link resolver over the memory store: a token opens the link whose hash is `hash:<token>`. */
export function memoryResolvePublicLink(store: MemoryStore, clock: Clock) {
  return makeResolvePublicLink({
    links: memoryLinks(store),
    oneTimeLinks: memoryOneTimeLinks(store),
    owners: memoryOwnerProfiles(store),
    templates: memoryTemplates(store),
    tokens: fakeTokens(),
    clock,
  });
}
