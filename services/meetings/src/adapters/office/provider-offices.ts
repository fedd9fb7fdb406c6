import {
  buildAuthorizationUrl,
  createGoogleOffice,
  createMicrosoftOffice,
  exchangeAuthorizationCode,
  type ProviderName,
  type ProviderOfficeOptions,
  revokeGoogleGrant,
} from '@bookings/office';
import { type IntegrationsConfig, type ProviderClientConfig, providerClientVariables } from '../../config';
import { DomainError } from '../../domain/shared/domain-error';
import type { CalendarConnectionsRepository } from '../../ports/calendar-connections';
import type { ProviderOffices } from '../../ports/provider-offices';

export function createProviderOffices(
  config: IntegrationsConfig,
  connections: Pick<CalendarConnectionsRepository, 'readTokens' | 'saveTokens' | 'markNeedsReconnect'>,
): ProviderOffices {
  const clientOf = (provider: ProviderName): ProviderClientConfig => {
    const client = config[provider];
    if (!client) {
      throw new DomainError(
        'provider_not_configured',
        `${provider === 'google' ? 'Google' : 'Microsoft'} calendars are not enabled on this server: set ${providerClientVariables(provider).join(' and ')}.`,
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
    authorizationUrl(provider, request) {
      const client = clientOf(provider);
      return buildAuthorizationUrl(provider, {
        clientId: client.clientId,
        endpoints: client.endpoints,
        ...request,
      });
    },
    exchangeCode(provider, grant) {
      const client = clientOf(provider);
      return exchangeAuthorizationCode(provider, {
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        endpoints: client.endpoints,
        retry: config.providerRetry,
        requestTimeoutMs: config.providerTimeoutMs,
        ...grant,
      });
    },
    async revokeGrant(provider, tokens) {
      // Microsoft has no revocation of one delegated grant, only revokeSignInSessions (signs the user out of
      // everything): the refresh token is deleted with the row and left to expire (ADR 010).
      if (provider === 'microsoft') return 'unsupported';
      const client = clientOf(provider);
      await revokeGoogleGrant({
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        endpoints: client.endpoints,
        retry: config.providerRetry,
        requestTimeoutMs: config.providerTimeoutMs,
        token: tokens.refreshToken,
      });
      return 'revoked';
    },
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
