import type { ProviderName } from '@bookings/office';
import type { OAuthStatesRepository } from '../../ports/calendar-connections';
import type { Clock } from '../../ports/clock';
import type { ProviderOffices } from '../../ports/provider-offices';
import type { TokenGenerator } from '../../ports/secrets';

const STATE_TTL_MS = 10 * 60 * 1000;

export interface StartConnectionDeps {
  offices: Pick<ProviderOffices, 'authorizationUrl'>;
  states: Pick<OAuthStatesRepository, 'save'>;
  tokens: TokenGenerator;
  clock: Clock;
  redirectUriFor: (provider: ProviderName) => string;
}

/** The provider's consent page, with a single-use `state` that tells the callback which owner is connecting. */
export function makeStartConnection(deps: StartConnectionDeps) {
  return async (ownerId: string, provider: ProviderName): Promise<{ authorizeUrl: string }> => {
    const { token: state, hash } = deps.tokens.generate();
    // Built before the state is saved: a provider this server cannot use leaves no state behind.
    const authorizeUrl = deps.offices.authorizationUrl(provider, {
      redirectUri: deps.redirectUriFor(provider),
      state,
    });
    await deps.states.save({
      stateHash: hash,
      ownerId,
      provider,
      expiresAt: new Date(deps.clock.now().getTime() + STATE_TTL_MS),
    });
    return { authorizeUrl };
  };
}
