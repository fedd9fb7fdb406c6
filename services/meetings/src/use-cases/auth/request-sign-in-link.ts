import { type EmailPort, magicLinkEmail } from '@bookings/email';
import { DomainError } from '../../domain/shared/domain-error';
import type { Clock } from '../../ports/clock';
import type { TokenGenerator } from '../../ports/secrets';
import type { SignInTokensRepository } from '../../ports/sign-in-tokens';

export const SIGN_IN_LINK_MINUTES = 15;

interface Deps {
  signInTokens: Pick<SignInTokensRepository, 'save' | 'countUnexpired'>;
  tokens: Pick<TokenGenerator, 'generate'>;
  clock: Clock;
  email: EmailPort;
  /** Where the SPA verifies the token, e.g. `http://localhost:3000/bookings/sign-in`. */
  signInPageUrl: string;
  /** Links one address may be sent per SIGN_IN_LINK_MINUTES, whatever the IPs asking: no mail-bombing an inbox. */
  linksPerEmail: number;
  /** server: no SMTP, the mail is only logged and written to a file (development); the owner is told where. */
  delivery: 'email' | 'server';
}

/**
 * Mails a single-use sign-in link. It answers the same whether or not the email has an account, so the
 * endpoint cannot be used to find out who signs in here.
 */
export function makeRequestSignInLink(deps: Deps) {
  return async function requestSignInLink(email: string) {
    const address = email.trim().toLowerCase();
    const now = deps.clock.now();
    // Every link is valid SIGN_IN_LINK_MINUTES, so the unexpired ones are those asked for in that span.
    if ((await deps.signInTokens.countUnexpired(address, now)) >= deps.linksPerEmail) {
      throw new DomainError(
        'rate_limited',
        `${deps.linksPerEmail} sign-in links were already sent to this address in the last ${SIGN_IN_LINK_MINUTES} minutes. Use one of them, or try again later.`,
      );
    }
    const { token, hash } = deps.tokens.generate();
    const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000);
    await deps.signInTokens.save({ tokenHash: hash, email: address, expiresAt });
    const link = `${deps.signInPageUrl}?token=${encodeURIComponent(token)}`;
    await deps.email.send(magicLinkEmail({ to: { email }, link, expiresInMinutes: SIGN_IN_LINK_MINUTES }));
    return { status: 'sent' as const, expiresInMinutes: SIGN_IN_LINK_MINUTES, delivery: deps.delivery };
  };
}
