import { type EmailPort, magicLinkEmail } from '@bookings/email';
import type { Clock } from '../../ports/clock';
import type { TokenGenerator } from '../../ports/secrets';
import type { SignInTokensRepository } from '../../ports/sign-in-tokens';

export const SIGN_IN_LINK_MINUTES = 15;

interface Deps {
  signInTokens: Pick<SignInTokensRepository, 'save'>;
  tokens: Pick<TokenGenerator, 'generate'>;
  clock: Clock;
  email: EmailPort;
  /** Where the SPA verifies the token, e.g. `http://localhost:3000/bookings/sign-in`. */
  signInPageUrl: string;
}

/**
 * Mails a single-use sign-in link. It answers the same whether or not the email has an account, so the
 * endpoint cannot be used to find out who signs in here.
 */
export function makeRequestSignInLink(deps: Deps) {
  return async function requestSignInLink(email: string) {
    const { token, hash } = deps.tokens.generate();
    const expiresAt = new Date(deps.clock.now().getTime() + SIGN_IN_LINK_MINUTES * 60_000);
    await deps.signInTokens.save({ tokenHash: hash, email: email.trim().toLowerCase(), expiresAt });
    const link = `${deps.signInPageUrl}?token=${encodeURIComponent(token)}`;
    await deps.email.send(magicLinkEmail({ to: { email }, link, expiresInMinutes: SIGN_IN_LINK_MINUTES }));
    return { status: 'sent' as const, expiresInMinutes: SIGN_IN_LINK_MINUTES };
  };
}
