import type { OAuthTokens, OfficePort, ProviderName, TokenSink } from '@bookings/office';
import type { CalendarConnection } from './calendar-connections';

/** An office adapter for one stored connection: refreshed tokens are sealed back, invalid_grant marks it. */
export type OfficeFor = (connection: Pick<CalendarConnection, 'id' | 'provider'>) => Promise<OfficePort>;

/**
 * The calendar providers this server has OAuth clients for. Every method throws provider_not_configured for a
 * provider without one.
 */
export interface ProviderOffices {
  /** The provider's consent page for this redirect and single-use state. */
  authorizationUrl(provider: ProviderName, request: { redirectUri: string; state: string }): string;
  /** Trades the consent redirect's code for tokens (retried and timed out like every provider call). */
  exchangeCode(provider: ProviderName, grant: { code: string; redirectUri: string }): Promise<OAuthTokens>;
  officeFor: OfficeFor;
  /** An office adapter for tokens not stored yet (the OAuth callback, before the account is known). */
  officeForTokens(provider: ProviderName, tokens: OAuthTokens, sink: TokenSink): OfficePort;
}
