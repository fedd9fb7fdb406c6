export type ProviderName = 'google' | 'microsoft';

export interface OAuthTokens {
  accessToken: string;
  refreshToken: string;
  /** epoch ms */
  expiresAt: number;
  scope?: string;
}

/** The caller persists tokens (encrypted); the adapters only report changes. */
export interface TokenSink {
  saveTokens(tokens: OAuthTokens): Promise<void>;
  markNeedsReconnect(reason: string): Promise<void>;
}

export interface CalendarInfo {
  id: string;
  name: string;
  primary: boolean;
  canWrite: boolean;
}

export interface BusyBlock {
  start: Date;
  end: Date;
  calendarId: string;
}

export interface NewEvent {
  /** Our booking id (uuid): the Google event id is derived from it, the Graph transactionId is it. */
  id: string;
  title: string;
  description: string;
  start: Date;
  end: Date;
  /** IANA zone the event is shown in */
  timeZone: string;
  attendees: { email: string; name?: string }[];
  withConference: boolean;
}

export interface CreatedEvent {
  eventId: string;
  htmlLink?: string;
  conferenceUrl?: string;
}

export interface Contact {
  email: string;
  name?: string;
  source: ProviderName;
}

export type EventPatch = Partial<Omit<NewEvent, 'id'>>;

/** Who an account is and what it holds, read once when the account is connected. */
export interface AccountDescription {
  /** The account's address, lower case. */
  email: string;
  calendars: CalendarInfo[];
}

export interface OfficePort {
  /** The account's address (Google: its primary calendar's id; Microsoft: `/me`) and its calendars. */
  describeAccount(): Promise<AccountDescription>;
  listCalendars(): Promise<CalendarInfo[]>;
  getBusy(range: { start: Date; end: Date }, calendarIds: string[]): Promise<BusyBlock[]>;
  /** Idempotent: retrying with the same event id never makes a second event. */
  createEvent(calendarId: string, event: NewEvent): Promise<CreatedEvent>;
  updateEvent(calendarId: string, eventId: string, patch: EventPatch): Promise<void>;
  /** Cancelling an event that is already gone is a success. */
  cancelEvent(calendarId: string, eventId: string): Promise<void>;
  searchContacts(query: string): Promise<Contact[]>;
  createContact(contact: { email: string; name?: string }): Promise<void>;
}

export type OfficeErrorCode = 'needs_reconnect' | 'provider_unavailable' | 'provider_rejected';

export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly status?: number;

  constructor(code: OfficeErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'OfficeError';
    this.code = code;
    this.status = options.status;
  }
}

export function isOfficeError(error: unknown): error is OfficeError {
  return error instanceof OfficeError;
}

export interface ProviderEndpoints {
  authorizeUrl: string;
  tokenUrl: string;
  /** Google only: the token revocation endpoint. */
  revokeUrl?: string;
  /** Google: rootUrl of the Calendar API (and of People unless contactsApiBaseUrl is set). Microsoft: Graph base, e.g. https://graph.microsoft.com/v1.0 */
  apiBaseUrl: string;
  /** Google only: rootUrl of the People API; defaults to apiBaseUrl when that is set. */
  contactsApiBaseUrl?: string;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ProviderOfficeOptions {
  clientId: string;
  clientSecret: string;
  tokens: OAuthTokens;
  sink: TokenSink;
  endpoints?: Partial<ProviderEndpoints>;
  retry?: RetryPolicy;
  /** Per-request timeout; a timed-out request counts as a transient failure. */
  requestTimeoutMs?: number;
  /** Clock for the proactive refresh check (epoch ms). */
  now?: () => number;
}
