import type { PageRequest } from './pagination';

/** What a subscriber can receive; `ping` is only ever sent on the owner's request. */
export const WEBHOOK_EVENT_TYPES = [
  'booking.created',
  'booking.rescheduled',
  'booking.cancelled',
  'link.created',
  'link.updated',
  'link.deleted',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export type WebhookMessageType = WebhookEventType | 'ping';

/** A change worth telling subscribers about, recorded in the transaction that makes it. */
export interface WebhookEvent {
  ownerId: string;
  type: WebhookEventType;
  /** The booking or link it is about: events of one subject reach an endpoint in the order they occurred. */
  subjectId: string;
  /** The API's own representation of the subject (Booking or Link) as it is after the change. */
  data: unknown;
  occurredAt: Date;
}

/** The outbox side of a transaction: one delivery row per enabled endpoint that wants the event. */
export interface WebhookOutbox {
  record(event: WebhookEvent): Promise<void>;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';
export type WebhookDisabledReason = 'gone' | 'failing';

export interface WebhookEndpointRecord {
  id: string;
  ownerId: string;
  url: string;
  description: string;
  /** null: every event type. */
  events: WebhookEventType[] | null;
  enabled: boolean;
  disabledReason: WebhookDisabledReason | null;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewWebhookEndpoint {
  ownerId: string;
  url: string;
  description: string;
  events: WebhookEventType[] | null;
  enabled: boolean;
  secretSealed: string;
}

export interface WebhookEndpointChanges {
  url?: string;
  description?: string;
  events?: WebhookEventType[] | null;
  enabled?: boolean;
}

export interface WebhookEndpointsRepository {
  insert(endpoint: NewWebhookEndpoint): Promise<WebhookEndpointRecord>;
  /** Newest first. */
  listOwned(ownerId: string, page: PageRequest): Promise<WebhookEndpointRecord[]>;
  findOwned(ownerId: string, id: string): Promise<WebhookEndpointRecord | null>;
  /** Turning an endpoint on clears why it was off and its failure streak. null when not the owner's. */
  update(
    ownerId: string,
    id: string,
    changes: WebhookEndpointChanges,
    now: Date,
  ): Promise<WebhookEndpointRecord | null>;
  /** The new secret signs from now on; the current one keeps signing alongside until `previousUntil`. */
  rotateSecret(
    ownerId: string,
    id: string,
    rotation: { secretSealed: string; previousUntil: Date },
    now: Date,
  ): Promise<WebhookEndpointRecord | null>;
  delete(ownerId: string, id: string): Promise<boolean>;
  find(id: string): Promise<WebhookEndpointRecord | null>;
  /** A 2xx: the failure streak ends. */
  recordSuccess(id: string): Promise<void>;
  /** A failed attempt: answers when the streak began (now, if this is its first failure). */
  recordFailure(id: string, now: Date): Promise<Date>;
  /** Switches an enabled endpoint off; false when it was already off (someone else did it first). */
  disable(id: string, reason: WebhookDisabledReason, now: Date): Promise<boolean>;
}

export interface WebhookDeliveryRecord {
  id: string;
  endpointId: string;
  messageId: string;
  eventType: WebhookMessageType;
  subjectId: string | null;
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  giveUpAfter: number;
  lastStatus: number | null;
  lastError: string | null;
  lastResponseBody: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** One attempt's result, for the delivery log. */
export interface WebhookAttemptResult {
  at: Date;
  status: number | null;
  error: string | null;
  responseBody: string | null;
}

export interface WebhookDeliveriesRepository {
  /** A ping to one endpoint (not ordered with anything), to be tried at `now`. */
  insertPing(
    endpointId: string,
    body: string,
    now: Date,
    maxAttempts: number,
  ): Promise<WebhookDeliveryRecord>;
  /** Newest first. */
  listForEndpoint(endpointId: string, page: PageRequest): Promise<WebhookDeliveryRecord[]>;
  find(id: string): Promise<WebhookDeliveryRecord | null>;
  findOnEndpoint(endpointId: string, id: string): Promise<WebhookDeliveryRecord | null>;
  /**
   * Pending deliveries of enabled endpoints, not yet handed to the queue (or handed long ago), with no
   * earlier pending delivery of the same subject to the same endpoint: that one goes first.
   */
  listToEnqueue(staleBefore: Date, limit: number): Promise<WebhookDeliveryRecord[]>;
  /** Marks the deliveries handed to the queue, in one statement; null: not handed over (any more), so the relay takes them at its next pass. */
  markEnqueued(ids: string[], at: Date | null): Promise<void>;
  /** Each record* applies only while the row is still at `attempt` attempts: a duplicate job changes nothing. */
  recordDelivered(id: string, attempt: number, result: WebhookAttemptResult): Promise<boolean>;
  /** `nextAttemptAt` null: the round is over and the delivery has failed. */
  recordFailed(
    id: string,
    attempt: number,
    result: WebhookAttemptResult,
    nextAttemptAt: Date | null,
  ): Promise<boolean>;
  /** A new round of attempts for a delivery that is not pending; null when it is pending. */
  redeliver(id: string, now: Date, maxAttempts: number): Promise<WebhookDeliveryRecord | null>;
}

export interface WebhookSecretGenerator {
  /** `whsec_` + base64 of 32 random bytes. */
  generate(): string;
}
