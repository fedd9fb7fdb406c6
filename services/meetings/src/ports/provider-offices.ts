import type { OAuthTokens, OfficePort, ProviderName, TokenSink } from '@bookings/office';
import type { CalendarConnection } from './calendar-connections';

/** An office adapter for one stored connection: refreshed tokens are sealed back, invalid_grant marks it. */
export type OfficeFor = (connection: Pick<CalendarConnection, 'id' | 'provider'>) => Promise<OfficePort>;

/**
 * The calendar providers this server has OAuth clients for. Every method throws provider_not_configured for a
 * provider without one.
 */
export interface ProviderOffices {
  /** The provider's consent page for this redirect, single-use state and S256 PKCE challenge. */
  authorizationUrl(
    provider: ProviderName,
    request: { redirectUri: string; state: string; codeChallenge: string },
  ): string;
  /** Trades the consent redirect's code and the flow's PKCE verifier for tokens (retried and timed out). */
  exchangeCode(
    provider: ProviderName,
    grant: { code: string; redirectUri: string; codeVerifier: string },
  ): Promise<OAuthTokens>;
  /**
   * Ends the provider's grant for these tokens where the provider can (Google's revoke endpoint, retried and timed
   * out); 'unsupported' where it cannot (Microsoft: ADR 010). Throws when the provider stays unreachable.
   */
  revokeGrant(provider: ProviderName, tokens: OAuthTokens): Promise<'revoked' | 'unsupported'>;
  officeFor: OfficeFor;
  /** An office adapter for tokens not stored yet (the OAuth callback, before the account is known). */
  officeForTokens(provider: ProviderName, tokens: OAuthTokens, sink: TokenSink): OfficePort;
}
