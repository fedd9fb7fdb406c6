import { canonicalTimeZone, isValidTimeZone } from '@bookings/availability';
import { DomainError } from '../../domain/shared/domain-error';
import type { Clock } from '../../ports/clock';
import type { OwnersRepository } from '../../ports/owners';
import type { AccessTokenIssuer, TokenGenerator } from '../../ports/secrets';
import type { SignInTokensRepository } from '../../ports/sign-in-tokens';

interface Deps {
  signInTokens: Pick<SignInTokensRepository, 'consume'>;
  owners: Pick<OwnersRepository, 'ensureLocal' | 'adoptTimeZone'>;
  tokens: Pick<TokenGenerator, 'hash'>;
  accessTokens: AccessTokenIssuer;
  clock: Clock;
}

export function makeVerifySignIn(deps: Deps) {
  /** `browserTimeZone`: the signing-in browser's zone, which becomes the owner's until they choose one. */
  return async function verifySignIn(token: string, browserTimeZone?: string) {
    const email = await deps.signInTokens.consume(deps.tokens.hash(token), deps.clock.now());
    if (!email) {
      throw new DomainError(
        'sign_in_link_invalid',
        'This sign-in link is unknown, already used or expired. Ask for a new one.',
      );
    }
    const found = await deps.owners.ensureLocal(email);
    const zone = browserTimeZone ? canonicalTimeZone(browserTimeZone) : null;
    const owner =
      zone && isValidTimeZone(zone)
        ? { ...found, timeZone: await deps.owners.adoptTimeZone(found.id, zone) }
        : found;
    const { token: accessToken, expiresAt } = deps.accessTokens.issue(owner);
    return { accessToken, expiresAt: expiresAt.toISOString(), owner };
  };
}
