import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../../ports/webhooks';

/** The owner's view of an endpoint; the secret is never part of it (shown once, by create and rotate). */
export function presentWebhook(endpoint: WebhookEndpointRecord, now: Date) {
  const previousStillSigns =
    endpoint.previousSecretExpiresAt !== null && endpoint.previousSecretExpiresAt > now;
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    previousSecretExpiresAt: previousStillSigns
      ? (endpoint.previousSecretExpiresAt?.toISOString() ?? null)
      : null,
    failingSince: endpoint.failingSince?.toISOString() ?? null,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

export function presentDelivery(delivery: WebhookDeliveryRecord) {
  return {
    id: delivery.id,
    messageId: delivery.messageId,
    event: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatus: delivery.lastStatus,
    lastError: delivery.lastError,
    lastResponseBody: delivery.lastResponseBody,
    lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt.toISOString() : null,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  };
}
