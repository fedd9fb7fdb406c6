import type { BookingsRepository } from '../../ports/bookings';
import type { LinksRepository } from '../../ports/links';
import type { OneTimeLinksRepository } from '../../ports/one-time-links';
import type { TokenGenerator } from '../../ports/secrets';

/** The owner a public token belongs to, or null when no link or booking has it. */
export type FindTokenOwner = (token: string) => Promise<string | null>;

/** Whose booking page (evergreen or one-time) a public token opens, whatever its state. */
export function makeFindLinkOwner(deps: {
  links: Pick<LinksRepository, 'findByTokenHash'>;
  oneTimeLinks: Pick<OneTimeLinksRepository, 'findByTokenHash'>;
  tokens: Pick<TokenGenerator, 'hash'>;
}): FindTokenOwner {
  return async (token) => {
    const tokenHash = deps.tokens.hash(token);
    const evergreen = await deps.links.findByTokenHash(tokenHash);
    if (evergreen) return evergreen.ownerId;
    return (await deps.oneTimeLinks.findByTokenHash(tokenHash))?.ownerId ?? null;
  };
}

/** Whose booking a manage token changes. */
export function makeFindManagedBookingOwner(deps: {
  bookings: Pick<BookingsRepository, 'findByManageTokenHash'>;
  tokens: Pick<TokenGenerator, 'hash'>;
}): FindTokenOwner {
  return async (token) =>
    (await deps.bookings.findByManageTokenHash(deps.tokens.hash(token)))?.booking.ownerId ?? null;
}
