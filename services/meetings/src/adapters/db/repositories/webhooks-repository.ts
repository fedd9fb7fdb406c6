import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { WEBHOOK_MAX_ATTEMPTS } from '../../../domain/webhooks/retry-schedule';
import type {
  WebhookDeliveriesRepository,
  WebhookDeliveryRecord,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEndpointRecord,
  WebhookEndpointsRepository,
  WebhookEvent,
  WebhookEventType,
  WebhookMessageType,
  WebhookOutbox,
} from '../../../ports/webhooks';
import { type Db, queryRows } from '../client';
import { webhookDeliveries, webhookEndpoints } from '../schema';
import { afterCursor, pageOrder } from './paging';

const MAX_ERROR_LENGTH = 2000;

const endpointColumns = {
  id: webhookEndpoints.id,
  ownerId: webhookEndpoints.ownerId,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.events,
  enabled: webhookEndpoints.enabled,
  disabledReason: webhookEndpoints.disabledReason,
  secretSealed: webhookEndpoints.secretSealed,
  previousSecretSealed: webhookEndpoints.previousSecretSealed,
  previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
  failingSince: webhookEndpoints.failingSince,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

type EndpointRow = Omit<WebhookEndpointRecord, 'events' | 'disabledReason'> & {
  events: string[] | null;
  disabledReason: string | null;
};

// Event types and reasons are checked before every write.
const toEndpoint = (row: EndpointRow): WebhookEndpointRecord => ({
  ...row,
  events: row.events as WebhookEventType[] | null,
  disabledReason: row.disabledReason as WebhookDisabledReason | null,
});

const ownedEndpoint = (ownerId: string, id: string) =>
  and(eq(webhookEndpoints.ownerId, ownerId), eq(webhookEndpoints.id, id));

export function createWebhookEndpointsRepository(db: Db): WebhookEndpointsRepository {
  return {
    async insert(endpoint) {
      const [row] = await db.insert(webhookEndpoints).values(endpoint).returning(endpointColumns);
      if (!row) throw new Error('insert returned no row');
      return toEndpoint(row);
    },

    async listOwned(ownerId, page) {
      const rows = await db
        .select(endpointColumns)
        .from(webhookEndpoints)
        .where(
          and(
            eq(webhookEndpoints.ownerId, ownerId),
            afterCursor(webhookEndpoints.createdAt, webhookEndpoints.id, page.after, 'desc'),
          ),
        )
        .orderBy(...pageOrder(webhookEndpoints.createdAt, webhookEndpoints.id, 'desc'))
        .limit(page.limit);
      return rows.map(toEndpoint);
    },

    async findOwned(ownerId, id) {
      const [row] = await db.select(endpointColumns).from(webhookEndpoints).where(ownedEndpoint(ownerId, id));
      return row ? toEndpoint(row) : null;
    },

    async update(ownerId, id, changes, now) {
      const [row] = await db
        .update(webhookEndpoints)
        .set({
          ...changes,
          ...(changes.enabled ? { disabledReason: null, failingSince: null } : {}),
          updatedAt: now,
        })
        .where(ownedEndpoint(ownerId, id))
        .returning(endpointColumns);
      return row ? toEndpoint(row) : null;
    },

    async rotateSecret(ownerId, id, rotation, now) {
      const [row] = await db
        .update(webhookEndpoints)
        .set({
          previousSecretSealed: webhookEndpoints.secretSealed,
          previousSecretExpiresAt: rotation.previousUntil,
          secretSealed: rotation.secretSealed,
          updatedAt: now,
        })
        .where(ownedEndpoint(ownerId, id))
        .returning(endpointColumns);
      return row ? toEndpoint(row) : null;
    },

    async delete(ownerId, id) {
      const rows = await db
        .delete(webhookEndpoints)
        .where(ownedEndpoint(ownerId, id))
        .returning({ id: webhookEndpoints.id });
      return rows.length > 0;
    },

    async find(id) {
      const [row] = await db
        .select(endpointColumns)
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.id, id));
      return row ? toEndpoint(row) : null;
    },

    async recordSuccess(id) {
      await db.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, id));
    },

    async recordFailure(id, now) {
      const [row] = await db
        .update(webhookEndpoints)
        .set({
          failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)`,
        })
        .where(eq(webhookEndpoints.id, id))
        .returning({ failingSince: webhookEndpoints.failingSince });
      return row?.failingSince ?? now;
    },

    async disable(id, reason, now) {
      const rows = await db
        .update(webhookEndpoints)
        .set({ enabled: false, disabledReason: reason, updatedAt: now })
        .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.enabled, true)))
        .returning({ id: webhookEndpoints.id });
      return rows.length > 0;
    },
  };
}

const deliveryColumns = {
  id: webhookDeliveries.id,
  endpointId: webhookDeliveries.endpointId,
  messageId: webhookDeliveries.messageId,
  eventType: webhookDeliveries.eventType,
  subjectId: webhookDeliveries.subjectId,
  body: webhookDeliveries.body,
  status: webhookDeliveries.status,
  attempts: webhookDeliveries.attempts,
  giveUpAfter: webhookDeliveries.giveUpAfter,
  lastStatus: webhookDeliveries.lastStatus,
  lastError: webhookDeliveries.lastError,
  lastResponseBody: webhookDeliveries.lastResponseBody,
  lastAttemptAt: webhookDeliveries.lastAttemptAt,
  nextAttemptAt: webhookDeliveries.nextAttemptAt,
  deliveredAt: webhookDeliveries.deliveredAt,
  createdAt: webhookDeliveries.createdAt,
};

type DeliveryRow = Omit<WebhookDeliveryRecord, 'eventType' | 'status'> & {
  eventType: string;
  status: string;
};

const toDelivery = (row: DeliveryRow): WebhookDeliveryRecord => ({
  ...row,
  eventType: row.eventType as WebhookMessageType,
  status: row.status as WebhookDeliveryStatus,
});

/** `msg_` and 32 hex digits: the Standard Webhooks message id, kept across every attempt. */
const newMessageId = sql`'msg_' || replace(gen_random_uuid()::text, '-', '')`;

const atAttempt = (id: string, attempt: number) =>
  and(
    eq(webhookDeliveries.id, id),
    eq(webhookDeliveries.status, 'pending'),
    eq(webhookDeliveries.attempts, attempt),
  );

export function createWebhookDeliveriesRepository(db: Db): WebhookDeliveriesRepository {
  return {
    async insertPing(endpointId, body, now, maxAttempts) {
      const [row] = await db
        .insert(webhookDeliveries)
        .values({
          endpointId,
          messageId: newMessageId,
          eventType: 'ping',
          body,
          giveUpAfter: maxAttempts,
          nextAttemptAt: now,
        })
        .returning(deliveryColumns);
      if (!row) throw new Error('insert returned no row');
      return toDelivery(row);
    },

    async listForEndpoint(endpointId, page) {
      const rows = await db
        .select(deliveryColumns)
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.endpointId, endpointId),
            afterCursor(webhookDeliveries.createdAt, webhookDeliveries.id, page.after, 'desc'),
          ),
        )
        .orderBy(...pageOrder(webhookDeliveries.createdAt, webhookDeliveries.id, 'desc'))
        .limit(page.limit);
      return rows.map(toDelivery);
    },

    async find(id) {
      const [row] = await db
        .select(deliveryColumns)
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.id, id));
      return row ? toDelivery(row) : null;
    },

    async findOnEndpoint(endpointId, id) {
      const [row] = await db
        .select(deliveryColumns)
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.id, id)));
      return row ? toDelivery(row) : null;
    },

    async listToEnqueue(staleBefore, limit) {
      const stale = staleBefore.toISOString();
      const rows = await queryRows<{ id: string }>(
        db,
        sql`SELECT d.id FROM webhook_deliveries d
            JOIN webhook_endpoints e ON e.id = d.endpoint_id
            WHERE d.status = 'pending' AND e.enabled
              AND (d.enqueued_at IS NULL
                   OR (d.enqueued_at < ${stale}::timestamptz AND d.next_attempt_at < ${stale}::timestamptz))
              AND (d.subject_id IS NULL OR NOT EXISTS (
                SELECT 1 FROM webhook_deliveries earlier
                WHERE earlier.endpoint_id = d.endpoint_id AND earlier.subject_id = d.subject_id
                  AND earlier.status = 'pending' AND earlier.sequence < d.sequence))
            ORDER BY d.sequence
            LIMIT ${limit}`,
      );
      const found: WebhookDeliveryRecord[] = [];
      for (const { id } of rows) {
        const [row] = await db
          .select(deliveryColumns)
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.id, id));
        if (row) found.push(toDelivery(row));
      }
      return found;
    },

    async markEnqueued(ids, at) {
      if (ids.length === 0) return;
      await db.update(webhookDeliveries).set({ enqueuedAt: at }).where(inArray(webhookDeliveries.id, ids));
    },

    async recordDelivered(id, attempt, result) {
      const rows = await db
        .update(webhookDeliveries)
        .set({
          status: 'delivered',
          attempts: attempt + 1,
          lastStatus: result.status,
          lastError: null,
          lastResponseBody: result.responseBody,
          lastAttemptAt: result.at,
          deliveredAt: result.at,
        })
        .where(atAttempt(id, attempt))
        .returning({ id: webhookDeliveries.id });
      return rows.length > 0;
    },

    async recordFailed(id, attempt, result, nextAttemptAt) {
      const rows = await db
        .update(webhookDeliveries)
        .set({
          ...(nextAttemptAt ? { nextAttemptAt } : { status: 'failed' }),
          attempts: attempt + 1,
          lastStatus: result.status,
          lastError: result.error?.slice(0, MAX_ERROR_LENGTH) ?? null,
          lastResponseBody: result.responseBody,
          lastAttemptAt: result.at,
          enqueuedAt: null,
        })
        .where(atAttempt(id, attempt))
        .returning({ id: webhookDeliveries.id });
      return rows.length > 0;
    },

    async redeliver(id, now, maxAttempts) {
      const [row] = await db
        .update(webhookDeliveries)
        .set({
          status: 'pending',
          giveUpAfter: sql`${webhookDeliveries.attempts} + ${maxAttempts}`,
          nextAttemptAt: now,
          enqueuedAt: null,
          deliveredAt: null,
        })
        .where(and(eq(webhookDeliveries.id, id), sql`${webhookDeliveries.status} <> 'pending'`))
        .returning(deliveryColumns);
      return row ? toDelivery(row) : null;
    },
  };
}

/**
 * Fans one event out to the owner's enabled endpoints that want it, in the caller's transaction: a change
 * that commits has its deliveries, one that rolls back has none.
 */
export function createWebhookOutbox(db: Db): WebhookOutbox {
  return {
    async record(event) {
      await db.execute(webhookOutboxInsert(event));
    },
  };
}

/** The outbox's one INSERT for an event, for a caller that writes it together with other rows. */
export function webhookOutboxInsert(event: WebhookEvent): SQL {
  const body = JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: event.data,
  });
  return sql`INSERT INTO webhook_deliveries
        (endpoint_id, message_id, event_type, subject_id, body, give_up_after, next_attempt_at)
      SELECT id, ${newMessageId}, ${event.type}, ${event.subjectId}::uuid, ${body}, ${WEBHOOK_MAX_ATTEMPTS},
             ${event.occurredAt.toISOString()}::timestamptz
      FROM webhook_endpoints
      WHERE owner_id = ${event.ownerId}::uuid AND enabled
        AND (events IS NULL OR ${event.type} = ANY(events))`;
}
