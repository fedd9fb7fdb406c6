import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const owners = pgTable(
  'owners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The identity provider's `sub` when it is not one of our own owner ids; null for owners signed in here. */
    externalSubject: text('external_subject').unique(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    timeZone: text('time_zone').notNull().default('UTC'),
    /** False until the owner (or their identity provider) picks a zone: the first browser sign-in then sets it. */
    timeZoneChosen: boolean('time_zone_chosen').notNull().default(false),
    /** BCP 47 tag the owner prefers (dates in the dashboard); null = the browser's. */
    locale: text('locale'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('owners_local_email_key').on(sql`lower(${t.email})`).where(sql`external_subject IS NULL`),
  ],
);

/** An owner's photo as served: already square, small and re-encoded (never the uploaded bytes). */
export const ownerAvatars = pgTable(
  'owner_avatars',
  {
    ownerId: uuid('owner_id')
      .primaryKey()
      .references(() => owners.id, { onDelete: 'cascade' }),
    /** Hash of the image: part of its URL, so a new photo gets a new URL and each URL can be cached for good. */
    digest: text('digest').notNull(),
    contentType: text('content_type').notNull(),
    image: bytea('image').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('owner_avatars_digest_idx').on(t.digest)],
);

export const signInTokens = pgTable('sign_in_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  email: text('email').notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
  createdAt: createdAt(),
});

export const bookingTemplates = pgTable(
  'booking_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    questions: jsonb('questions').notNull().default([]),
    emailFollowupEnabled: boolean('email_followup_enabled').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('booking_templates_owner_idx').on(t.ownerId, t.createdAt, t.id)],
);

export const bookingLinks = pgTable(
  'booking_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id').references(() => bookingTemplates.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** SHA-256 of the public token: lookups hash what the visitor presents. */
    tokenHash: text('token_hash').notNull().unique(),
    /** The public token sealed with AES-256-GCM, so the owner can always see the link's URL. */
    tokenSealed: text('token_sealed').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    settings: jsonb('settings').notNull(),
    /** Closer to a meeting's start than this, the attendee can no longer cancel or move it (the owner can). */
    minChangeNoticeMinutes: integer('min_change_notice_minutes').notNull().default(1440),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    deletedAt: instant('deleted_at'),
  },
  (t) => [index('booking_links_owner_idx').on(t.ownerId, t.createdAt, t.id)],
);

export const oneTimeLinks = pgTable(
  'one_time_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => bookingLinks.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    /** SHA-256 of the public token: lookups hash what the recipient presents. */
    tokenHash: text('token_hash').notNull().unique(),
    /**
     * The token sealed with AES-256-GCM, so the owner can copy the URL again; null for links made before
     * migration 0011, when only the hash was kept.
     */
    tokenSealed: text('token_sealed'),
    recipientEmail: text('recipient_email').notNull(),
    recipientName: text('recipient_name'),
    expiresAt: instant('expires_at').notNull(),
    /** active | booked | revoked; "expired" is derived from expires_at when read. */
    status: text('status').notNull().default('active'),
    pickedSlots: jsonb('picked_slots'),
    bookingId: uuid('booking_id'),
    createdAt: createdAt(),
  },
  (t) => [index('one_time_links_link_idx').on(t.linkId, t.createdAt, t.id)],
);

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => bookingLinks.id),
    oneTimeLinkId: uuid('one_time_link_id').references(() => oneTimeLinks.id),
    /** confirmed | cancelled. The exclusion constraint (custom migration) covers confirmed rows only. */
    status: text('status').notNull().default('confirmed'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    recipientName: text('recipient_name').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    recipientTimeZone: text('recipient_time_zone').notNull(),
    answers: jsonb('answers').notNull().default({}),
    calendarEventId: text('calendar_event_id'),
    /** ICS SEQUENCE: 0 when booked, +1 on every change sent to the attendees. */
    icsSequence: integer('ics_sequence').notNull().default(0),
    createdAt: createdAt(),
    cancelledAt: instant('cancelled_at'),
    cancelReason: text('cancel_reason'),
    /** owner | attendee */
    cancelledBy: text('cancelled_by'),
    /** SHA-256 of the attendee's manage token: the manage page finds its booking by this hash. */
    manageTokenHash: text('manage_token_hash').unique(),
    /**
     * The manage token sealed with AES-256-GCM (as link tokens are), so the emails sent later by the job queue,
     * and again after every change, can carry the attendee's link. Never used for lookups.
     */
    manageTokenSealed: text('manage_token_sealed'),
    /** The Meet/Teams join URL the provider gave the calendar event, once created. */
    conferenceUrl: text('conference_url'),
    /** When the meeting was last moved; null if it never was. */
    rescheduledAt: instant('rescheduled_at'),
  },
  (t) => [
    index('bookings_owner_start_idx').on(t.ownerId, t.startsAt, t.id),
    index('bookings_link_start_idx').on(t.linkId, t.startsAt),
  ],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => bookingLinks.id, { onDelete: 'cascade' }),
    /** view | booked */
    kind: text('kind').notNull(),
    referrerOrigin: text('referrer_origin'),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
    /** How many alike events the row stands for: a busy page's views of one second are written as one row. */
    count: integer('count').notNull().default(1),
  },
  (t) => [index('analytics_events_link_idx').on(t.linkId, t.occurredAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    /** `owner:<id>` or `public:<sha-256 of the ip>` */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    summary: text('summary').notNull().default(''),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
  },
  (t) => [index('audit_log_owner_idx').on(t.ownerId, t.occurredAt, t.id)],
);

export const calendarConnections = pgTable(
  'calendar_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    /** google | microsoft */
    provider: text('provider').notNull(),
    accountEmail: text('account_email').notNull(),
    /** OAuth tokens as JSON, sealed with AES-256-GCM: never stored in clear. */
    tokensSealed: text('tokens_sealed').notNull(),
    /** active | needs_reconnect */
    status: text('status').notNull().default('active'),
    statusReason: text('status_reason'),
    /** Calendars whose busy time counts (multi-calendar overlay). */
    busyCalendarIds: jsonb('busy_calendar_ids').notNull().default([]),
    /** The calendar that receives new events; null when this connection does not receive them. */
    eventCalendarId: text('event_calendar_id'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_connections_account_key').on(t.ownerId, t.provider, t.accountEmail)],
);

export const oauthStates = pgTable('oauth_states', {
  /** SHA-256 of the `state` parameter sent to the provider. */
  stateHash: text('state_hash').primaryKey(),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => owners.id, { onDelete: 'cascade' }),
  provider: text('provider').notNull(),
  /** The PKCE code_verifier of the flow, sealed with ENCRYPTION_KEY; only the code exchange sends it. */
  codeVerifierSealed: text('code_verifier_sealed').notNull(),
  expiresAt: instant('expires_at').notNull(),
  createdAt: createdAt(),
});

/**
 * Side effects of a booking (calendar event, emails, contact, follow-up), written in the booking's own
 * transaction so none is lost, then run by the job queue. Their state is what the owner sees.
 */
export const bookingSideEffects = pgTable(
  'booking_side_effects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    /** create_event | send_confirmations | create_contact | send_follow_up | update_event | cancel_event | send_change_notices */
    kind: text('kind').notNull(),
    /** The booking's ics_sequence when the row was written: each change of a booking gets its own rows. */
    revision: integer('revision').notNull().default(0),
    /** pending | done | dead */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    runAfter: instant('run_after').notNull().defaultNow(),
    /** Set once handed to the job queue; null rows are picked up again after a crash. */
    enqueuedAt: instant('enqueued_at'),
    /**
     * The run performing the effect now: only the run holding this token sends, and only it settles the row.
     * Null while no run holds the row.
     */
    claimToken: uuid('claim_token'),
    /**
     * When the holder's claim lapses unless renewed (database time). A run that finds the claim lapsed takes
     * the row over: its holder died.
     */
    claimedUntil: instant('claimed_until'),
    doneAt: instant('done_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('booking_side_effects_kind_revision_key').on(t.bookingId, t.kind, t.revision),
    index('booking_side_effects_pending_idx').on(t.status, t.enqueuedAt),
  ],
);

/**
 * One row per message a side effect has sent, so a retried "send confirmations" skips the recipients
 * who already got theirs.
 */
export const sideEffectDeliveries = pgTable(
  'side_effect_deliveries',
  {
    sideEffectId: uuid('side_effect_id')
      .notNull()
      .references(() => bookingSideEffects.id, { onDelete: 'cascade' }),
    /** recipient | owner */
    recipient: text('recipient').notNull(),
    messageId: text('message_id'),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sideEffectId, t.recipient] })],
);

/** Facts about this installation, e.g. a value sealed with ENCRYPTION_KEY to notice a changed key at start. */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

/**
 * Proof-of-work challenges already spent, by the challenge's signature (not the payload's text, which can be
 * re-encoded), kept until the challenge expires: across instances, one solution passes the bot check once.
 */
export const usedBotChallenges = pgTable(
  'used_bot_challenges',
  {
    signature: text('signature').primaryKey(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('used_bot_challenges_expires_at_idx').on(t.expiresAt)],
);

/** An owner's subscriber URL for webhook events (issue 12, ADR 009). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    /** The event types it receives; null = every type, including those added later. */
    events: text('events').array(),
    enabled: boolean('enabled').notNull().default(true),
    /** Why the service switched it off (gone | failing); null when the owner did, or it is enabled. */
    disabledReason: text('disabled_reason'),
    /** The signing secret (`whsec_...`) sealed with AES-256-GCM: it signs every request, so it must be readable. */
    secretSealed: text('secret_sealed').notNull(),
    /** The secret before the last rotation, still signing alongside the new one until it expires. */
    previousSecretSealed: text('previous_secret_sealed'),
    previousSecretExpiresAt: instant('previous_secret_expires_at'),
    /** The first failed attempt since the last success: three days of failures disable the endpoint. */
    failingSince: instant('failing_since'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('webhook_endpoints_owner_idx').on(t.ownerId, t.createdAt, t.id)],
);

/**
 * The webhook outbox: one row per event and endpoint, written in the transaction of the change, then sent
 * by the job queue. The row is the delivery log the owner reads, and it orders the events of one subject.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of occurrence: events of one subject to one endpoint are sent in this order. */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The `webhook-id` header: the same on every attempt and redelivery of this event. */
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    /** The booking or link the event is about (null for ping): the ordering key. */
    subjectId: uuid('subject_id'),
    /** The exact JSON body, so every attempt signs and sends the same bytes. */
    body: text('body').notNull(),
    /** pending | delivered | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** The attempt count at which the current round gives up (a redelivery starts a new round). */
    giveUpAfter: integer('give_up_after').notNull(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastResponseBody: text('last_response_body'),
    lastAttemptAt: instant('last_attempt_at'),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    /** Set once handed to the job queue for the current attempt; null rows are relayed (again). */
    enqueuedAt: instant('enqueued_at'),
    deliveredAt: instant('delivered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt, t.id),
    index('webhook_deliveries_pending_idx')
      .on(t.endpointId, t.subjectId, t.sequence)
      .where(sql`status = 'pending'`),
  ],
);
