import { isOfficeError, type OAuthTokens, type ProviderName } from '@bookings/office';
import { DomainError } from '../../domain/shared/domain-error';
import type {
  CalendarConnection,
  CalendarConnectionsRepository,
  OAuthStatesRepository,
} from '../../ports/calendar-connections';
import type { Clock } from '../../ports/clock';
import type { ProviderOffices } from '../../ports/provider-offices';
import type { TokenGenerator } from '../../ports/secrets';

export interface CompleteConnectionDeps {
  offices: Pick<ProviderOffices, 'exchangeCode' | 'officeForTokens'>;
  states: Pick<OAuthStatesRepository, 'consume'>;
  connections: Pick<CalendarConnectionsRepository, 'upsert' | 'listByOwner'>;
  tokens: Pick<TokenGenerator, 'hash'>;
  clock: Clock;
  redirectUriFor: (provider: ProviderName) => string;
  onConnected?: (ownerId: string) => void;
}

export interface CallbackInput {
  provider: ProviderName;
  code?: string | undefined;
  state?: string | undefined;
  error?: string | undefined;
  /** The state in the flow cookie of the browser that brought the callback; undefined without one. */
  browserState?: string | undefined;
}

/**
 * The OAuth callback: the state (single use, 10 minutes) names the owner, and only the browser that started the
 * flow (its cookie holds the same state) may complete it, so a consent page's URL handed to someone else cannot
 * attach their account to the owner. The code and the flow's PKCE verifier become tokens, sealed at rest. A first
 * connection counts its primary calendar as busy and receives new events unless another connection already does.
 */
export function makeCompleteConnection(deps: CompleteConnectionDeps) {
  return async (input: CallbackInput): Promise<CalendarConnection> => {
    // Compared as hashes: equal strings give equal hashes, and the comparison leaks nothing of the state.
    if (
      !input.state ||
      !input.browserState ||
      deps.tokens.hash(input.browserState) !== deps.tokens.hash(input.state)
    ) {
      throw new DomainError(
        'oauth_browser_mismatch',
        'This connection was started in another browser, or this browser no longer has its cookie. Start again from the connections page.',
      );
    }
    const pending = await deps.states.consume(deps.tokens.hash(input.state), deps.clock.now());
    if (!pending || pending.provider !== input.provider) {
      throw new DomainError('oauth_state_invalid', 'This connection attempt has expired. Start again.');
    }
    if (input.error || !input.code) {
      throw new DomainError(
        'connection_failed',
        `The provider did not grant access (${input.error ?? 'no code'}).`,
      );
    }
    try {
      let tokens: OAuthTokens = await deps.offices.exchangeCode(input.provider, {
        code: input.code,
        redirectUri: deps.redirectUriFor(input.provider),
        codeVerifier: pending.codeVerifier,
      });
      const office = deps.offices.officeForTokens(input.provider, tokens, {
        saveTokens: async (next) => {
          tokens = next;
        },
        markNeedsReconnect: async () => {},
      });
      const { email: accountEmail, calendars } = await office.describeAccount();
      const primary = calendars.find((calendar) => calendar.primary) ?? calendars[0];
      const existing = await deps.connections.listByOwner(pending.ownerId);
      const someoneReceives = existing.some(
        (connection) =>
          connection.eventCalendarId !== null &&
          !(connection.provider === input.provider && connection.accountEmail === accountEmail),
      );
      const connection = await deps.connections.upsert({
        ownerId: pending.ownerId,
        provider: input.provider,
        accountEmail,
        tokens,
        busyCalendarIds: primary ? [primary.id] : [],
        eventCalendarId: !someoneReceives && primary?.canWrite ? primary.id : null,
      });
      deps.onConnected?.(pending.ownerId);
      return connection;
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError(
        'connection_failed',
        `The calendar could not be connected: ${isOfficeError(error) || error instanceof Error ? error.message : 'unknown error'}.`,
      );
    }
  };
}
