import {
  createGoogleOffice,
  createMicrosoftOffice,
  type OAuthTokens,
  type OfficePort,
  type ProviderName,
  type ProviderOfficeOptions,
  type TokenSink,
} from '@bookings/office';
import type { IntegrationsConfig, ProviderClientConfig } from '../../config';
import { DomainError } from '../../domain/shared/domain-error';
import type { CalendarConnection, CalendarConnectionsRepository } from '../../ports/calendar-connections';

export type OfficeFor = (connection: Pick<CalendarConnection, 'id' | 'provider'>) => Promise<OfficePort>;

export interface ProviderOffices {
  /** The OAuth client of a provider; throws provider_not_configured when the instance has none. */
  clientOf(provider: ProviderName): ProviderClientConfig;
  /** An office adapter for one stored connection: refreshed tokens are sealed back, invalid_grant marks it. */
  officeFor: OfficeFor;
  /** An office adapter for tokens not stored yet (the OAuth callback, before the account is known). */
  officeForTokens(provider: ProviderName, tokens: OAuthTokens, sink: TokenSink): OfficePort;
}

export function createProviderOffices(
  config: IntegrationsConfig,
  connections: Pick<CalendarConnectionsRepository, 'readTokens' | 'saveTokens' | 'markNeedsReconnect'>,
): ProviderOffices {
  const clientOf = (provider: ProviderName): ProviderClientConfig => {
    const client = config[provider];
    if (!client) {
      throw new DomainError(
        'provider_not_configured',
        `${provider === 'google' ? 'Google' : 'Microsoft'} calendars are not enabled on this server: set ${provider.toUpperCase()}_CLIENT_ID and ${provider.toUpperCase()}_CLIENT_SECRET.`,
      );
    }
    return client;
  };

  const build = (provider: ProviderName, options: Pick<ProviderOfficeOptions, 'tokens' | 'sink'>) => {
    const client = clientOf(provider);
    const full: ProviderOfficeOptions = {
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      endpoints: client.endpoints,
      retry: config.providerRetry,
      requestTimeoutMs: config.providerTimeoutMs,
      ...options,
    };
    return provider === 'google' ? createGoogleOffice(full) : createMicrosoftOffice(full);
  };

  return {
    clientOf,
    async officeFor(connection) {
      // Tokens are read for every use: another instance may have refreshed (and Microsoft rotated) them.
      const tokens = await connections.readTokens(connection.id);
      return build(connection.provider, {
        tokens,
        sink: {
          saveTokens: (next) => connections.saveTokens(connection.id, next),
          markNeedsReconnect: (reason) => connections.markNeedsReconnect(connection.id, reason),
        },
      });
    },
    officeForTokens(provider, tokens, sink) {
      return build(provider, { tokens, sink });
    },
  };
}
