import type { OAuthTokens, ProviderName } from '@bookings/office';

export type ConnectionStatus = 'active' | 'needs_reconnect';

export interface CalendarConnection {
  id: string;
  ownerId: string;
  provider: ProviderName;
  accountEmail: string;
  status: ConnectionStatus;
  statusReason: string | null;
  busyCalendarIds: string[];
  /** The calendar that receives new events; null when this connection does not receive them. */
  eventCalendarId: string | null;
  createdAt: Date;
}

export interface CalendarConnectionsRepository {
  listByOwner(ownerId: string): Promise<CalendarConnection[]>;
  find(ownerId: string, id: string): Promise<CalendarConnection | null>;
  /** The active connection whose calendar receives new events, if any. */
  findEventReceiver(ownerId: string): Promise<CalendarConnection | null>;
  readTokens(id: string): Promise<OAuthTokens>;
  /** Connects an account, or reconnects it (new tokens, active again) when the owner already had it. */
  upsert(entry: {
    ownerId: string;
    provider: ProviderName;
    accountEmail: string;
    tokens: OAuthTokens;
    busyCalendarIds: string[];
    eventCalendarId: string | null;
  }): Promise<CalendarConnection>;
  saveTokens(id: string, tokens: OAuthTokens): Promise<void>;
  markNeedsReconnect(id: string, reason: string): Promise<void>;
  updateSelection(
    ownerId: string,
    id: string,
    selection: { busyCalendarIds?: string[]; eventCalendarId?: string | null },
  ): Promise<CalendarConnection | null>;
  /** Only one connection receives events: the others stop when one is chosen. */
  clearEventReceiverExcept(ownerId: string, keepId: string): Promise<void>;
  /** Deletes the owner's connection and answers what it held (its tokens, to revoke them); null when unknown. */
  delete(ownerId: string, id: string): Promise<DeletedConnection | null>;
  /** Whether any owner still has this provider account connected (they share one grant at the provider). */
  isAccountConnected(provider: ProviderName, accountEmail: string): Promise<boolean>;
}

export interface DeletedConnection {
  provider: ProviderName;
  accountEmail: string;
  /** null when they can no longer be unsealed (ENCRYPTION_KEY changed): there is nothing to revoke with. */
  tokens: OAuthTokens | null;
}

/** A connection flow under way: who started it, with which provider, and the PKCE verifier (sealed at rest). */
export interface PendingConnection {
  ownerId: string;
  provider: ProviderName;
  codeVerifier: string;
}

export interface OAuthStatesRepository {
  save(entry: PendingConnection & { stateHash: string; expiresAt: Date }): Promise<void>;
  /** Deletes and returns the state, once; null when unknown or expired. */
  consume(stateHash: string, now: Date): Promise<PendingConnection | null>;
}
