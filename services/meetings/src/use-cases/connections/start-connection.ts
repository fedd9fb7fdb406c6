import type { PkcePair, ProviderName } from '@bookings/office';
import type { OAuthStatesRepository } from '../../ports/calendar-connections';
import type { Clock } from '../../ports/clock';
import type { ProviderOffices } from '../../ports/provider-offices';
import type { TokenGenerator } from '../../ports/secrets';

/** How long a started connection can be completed; the browser's flow cookie lives as long. */
export const CONNECTION_FLOW_TTL_SECONDS = 10 * 60;

export interface StartConnectionDeps {
  offices: Pick<ProviderOffices, 'authorizationUrl'>;
  states: Pick<OAuthStatesRepository, 'save'>;
  tokens: TokenGenerator;
  /** A fresh PKCE pair per flow: the challenge goes to the provider, the verifier stays with us. */
  pkce: () => PkcePair;
  clock: Clock;
  redirectUriFor: (provider: ProviderName) => string;
}

export interface StartedConnection {
  authorizeUrl: string;
  /** The state the browser must bring back (in its flow cookie) for the callback to be accepted. */
  state: string;
}

/**
 * The provider's consent page, with a single-use `state` that tells the callback which owner is connecting and an
 * S256 PKCE challenge whose verifier is kept (sealed) with the state, never sent to the browser.
 */
export function makeStartConnection(deps: StartConnectionDeps) {
  return async (ownerId: string, provider: ProviderName): Promise<StartedConnection> => {
    const { token: state, hash } = deps.tokens.generate();
    const { codeVerifier, codeChallenge } = deps.pkce();
    // Built before the state is saved: a provider this server cannot use leaves no state behind.
    const authorizeUrl = deps.offices.authorizationUrl(provider, {
      redirectUri: deps.redirectUriFor(provider),
      state,
      codeChallenge,
    });
    await deps.states.save({
      stateHash: hash,
      ownerId,
      provider,
      codeVerifier,
      expiresAt: new Date(deps.clock.now().getTime() + CONNECTION_FLOW_TTL_SECONDS * 1000),
    });
    return { authorizeUrl, state };
  };
}
