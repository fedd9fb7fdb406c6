import { deriveOneTimeLinkStatus } from '../../domain/one-time-links/one-time-link-status';
import { DomainError } from '../../domain/shared/domain-error';
import type { Clock } from '../../ports/clock';
import type { LinkRecord, LinksRepository } from '../../ports/links';
import type { OneTimeLinkRecord, OneTimeLinksRepository } from '../../ports/one-time-links';
import type { OwnerProfile, OwnersRepository } from '../../ports/owners';
import type { TokenGenerator } from '../../ports/secrets';
import type { TemplateRecord, TemplatesRepository } from '../../ports/templates';

/** What a public token opens: an evergreen link, or a one-time link of one. */
export interface PublicLink {
  tokenHash: string;
  link: LinkRecord;
  oneTime: OneTimeLinkRecord | null;
  owner: OwnerProfile;
  template: TemplateRecord | null;
}

/** The link and (for a one-time link) its one-time record, checked bookable: what availability needs. */
export type BookableLink = Pick<PublicLink, 'tokenHash' | 'link' | 'oneTime'>;

export interface FindBookableLinkDeps {
  links: Pick<LinksRepository, 'findByTokenHash' | 'findOwned'>;
  oneTimeLinks: Pick<OneTimeLinksRepository, 'findByTokenHash'>;
  tokens: Pick<TokenGenerator, 'hash'>;
  clock: Clock;
}

export interface ResolvePublicLinkDeps extends FindBookableLinkDeps {
  owners: Pick<OwnersRepository, 'findProfile'>;
  templates: Pick<TemplatesRepository, 'findOwned'>;
}

const notFound = () => new DomainError('link_not_found', 'There is no booking page at this address.');

/** Opens a public token, or says exactly why it cannot be booked (unknown, disabled, expired, used). */
export function makeFindBookableLink(deps: FindBookableLinkDeps) {
  return async function findBookableLink(token: string): Promise<BookableLink> {
    const tokenHash = deps.tokens.hash(token);
    const evergreen = await deps.links.findByTokenHash(tokenHash);
    const oneTime = evergreen ? null : await deps.oneTimeLinks.findByTokenHash(tokenHash);
    const link = evergreen ?? (oneTime ? await deps.links.findOwned(oneTime.ownerId, oneTime.linkId) : null);
    if (!link) throw notFound();
    if (!link.isActive) throw new DomainError('link_inactive', 'This booking page is switched off.');
    if (oneTime) assertOneTimeOpen(oneTime, deps.clock.now());
    return { tokenHash, link, oneTime };
  };
}

/** A bookable link with what its page shows besides: the owner and the template's questions. */
export function makeResolvePublicLink(deps: ResolvePublicLinkDeps) {
  const findBookableLink = makeFindBookableLink(deps);
  return async function resolvePublicLink(token: string): Promise<PublicLink> {
    const bookable = await findBookableLink(token);
    const { link } = bookable;
    const [owner, template] = await Promise.all([
      deps.owners.findProfile(link.ownerId),
      link.templateId ? deps.templates.findOwned(link.ownerId, link.templateId) : Promise.resolve(null),
    ]);
    if (!owner) throw notFound();
    return { ...bookable, owner, template };
  };
}

export function assertOneTimeOpen(oneTime: OneTimeLinkRecord, now: Date): void {
  const status = deriveOneTimeLinkStatus(oneTime.status, oneTime.expiresAt, now);
  if (status === 'booked')
    throw new DomainError('link_used', 'This personal link has already been used to book.');
  if (status === 'expired') throw new DomainError('link_expired', 'This personal link has expired.');
  if (status === 'revoked') throw new DomainError('link_inactive', 'This personal link was withdrawn.');
}

export type ResolvePublicLink = ReturnType<typeof makeResolvePublicLink>;
export type FindBookableLink = ReturnType<typeof makeFindBookableLink>;
