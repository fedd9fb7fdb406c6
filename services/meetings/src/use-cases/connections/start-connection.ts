import { buildAuthorizationUrl, type ProviderName } from '@bookings/office';
import type { ProviderOffices } from '../../adapters/office/provider-offices';
import type { OAuthStatesRepository } from '../../ports/calendar-connections';
import type { Clock } from '../../ports/clock';
import type { TokenGenerator } from '../../ports/secrets';

const STATE_TTL_MS = 10 * 60 * 1000;

export interface StartConnectionDeps {
  offices: Pick<ProviderOffices, 'clientOf'>;
  states: Pick<OAuthStatesRepository, 'save'>;
  tokens: TokenGenerator;
  clock: Clock;
  redirectUriFor: (provider: ProviderName) => string;
}

/** The provider's consent page, with a single-use `state` that tells the callback which owner is connecting. */
export function makeStartConnection(deps: StartConnectionDeps) {
  return async (ownerId: string, provider: ProviderName): Promise<{ authorizeUrl: string }> => {
    const client = deps.offices.clientOf(provider);
    const { token: state, hash } = deps.tokens.generate();
    await deps.states.save({
      stateHash: hash,
      ownerId,
      provider,
      expiresAt: new Date(deps.clock.now().getTime() + STATE_TTL_MS),
    });
    const authorizeUrl = buildAuthorizationUrl(provider, {
      clientId: client.clientId,
      redirectUri: deps.redirectUriFor(provider),
      state,
      endpoints: client.endpoints,
    });
    return { authorizeUrl };
  };
}
