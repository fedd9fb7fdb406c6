import type { Schemas } from '@bookings/api-client';
import { buildWebhook, buildWebhookDelivery } from './factories';
import { type FakeRoutes, problem } from './fake-api';

type Webhook = Schemas['Webhook'];
type Delivery = Schemas['WebhookDelivery'];

/**
 * The service's webhook routes with their state, for screen tests: secrets only in create and rotate answers,
 * cursor pages of deliveries newest first, 409 for a ping to a switched-off endpoint or a redelivery still
 * pending, 404 for unknown ids. A pending delivery is delivered by the time the log is read again, as the
 * worker would do a moment later.
 */
export function createWebhooksServiceDouble(initial: { webhooks?: Webhook[]; deliveries?: Delivery[] } = {}) {
  const webhooks: Webhook[] = [...(initial.webhooks ?? [])];
  const deliveries = new Map<string, Delivery[]>();
  for (const delivery of initial.deliveries ?? []) {
    const owner = webhooks[0];
    if (owner) deliveries.set(owner.id, [...(deliveries.get(owner.id) ?? []), delivery]);
  }
  let secretCount = 0;
  const nextSecret = () => {
    secretCount += 1;
    return webhookSecretNumber(secretCount);
  };
  const find = (id: string | undefined) => webhooks.find((webhook) => webhook.id === id);
  const notFound = (id: string | undefined) => problem(404, 'not_found', `No webhook ${id}`);
  const queueDelivery = (webhookId: string, delivery: Delivery) => {
    deliveries.set(webhookId, [delivery, ...(deliveries.get(webhookId) ?? [])]);
  };

  const routes: FakeRoutes = {
    'GET /bookings/webhooks': () => ({ status: 200, body: { items: webhooks, nextCursor: null } }),
    'POST /bookings/webhooks': (request) => {
      const body = request.body as Schemas['CreateWebhookRequest'];
      const webhook = buildWebhook({
        url: body.url,
        description: body.description ?? '',
        events: body.events ?? null,
        enabled: body.enabled ?? true,
      });
      webhooks.unshift(webhook);
      return { status: 201, body: { ...webhook, secret: nextSecret() } };
    },
    'GET /bookings/webhooks/{id}': (_request, { id }) => {
      const webhook = find(id);
      return webhook ? { status: 200, body: webhook } : notFound(id);
    },
    'PATCH /bookings/webhooks/{id}': (request, { id }) => {
      const webhook = find(id);
      if (!webhook) return notFound(id);
      const changes = request.body as Schemas['UpdateWebhookRequest'];
      Object.assign(webhook, changes, changes.enabled ? { disabledReason: null } : {});
      return { status: 200, body: webhook };
    },
    'DELETE /bookings/webhooks/{id}': (_request, { id }) => {
      const index = webhooks.findIndex((webhook) => webhook.id === id);
      if (index < 0) return notFound(id);
      webhooks.splice(index, 1);
      return { status: 204 };
    },
    'POST /bookings/webhooks/{id}:rotate-secret': (_request, { id }) => {
      const webhook = find(id);
      if (!webhook) return notFound(id);
      webhook.previousSecretExpiresAt = '2026-12-02T09:00:00.000Z';
      return { status: 200, body: { ...webhook, secret: nextSecret() } };
    },
    'POST /bookings/webhooks/{id}:test': (_request, { id }) => {
      const webhook = find(id);
      if (!webhook) return notFound(id);
      if (!webhook.enabled) return problem(409, 'webhook_disabled', 'The webhook is switched off.');
      const delivery = buildWebhookDelivery({
        event: 'ping',
        status: 'pending',
        attempts: 0,
        lastStatus: null,
        lastResponseBody: null,
        lastAttemptAt: null,
        deliveredAt: null,
        nextAttemptAt: '2026-12-01T09:00:00.000Z',
      });
      queueDelivery(webhook.id, delivery);
      return { status: 202, body: delivery };
    },
    'GET /bookings/webhooks/{id}/deliveries': (request, { id }) => {
      if (!find(id)) return notFound(id);
      const all = deliveries.get(id ?? '') ?? [];
      const limit = Number(request.search.get('limit') ?? '20');
      const start = Number(request.search.get('cursor') ?? '0');
      const items = all.slice(start, start + limit).map((delivery) => ({ ...delivery }));
      for (const delivery of all) deliverPending(delivery);
      return {
        status: 200,
        body: { items, nextCursor: start + limit < all.length ? String(start + limit) : null },
      };
    },
    'POST /bookings/webhooks/{id}/deliveries/{deliveryId}:redeliver': (_request, { id, deliveryId }) => {
      const delivery = deliveries.get(id ?? '')?.find((item) => item.id === deliveryId);
      if (!delivery) return problem(404, 'not_found', `No delivery ${deliveryId}`);
      if (delivery.status === 'pending')
        return problem(409, 'webhook_delivery_pending', 'The delivery is still being tried.');
      Object.assign(delivery, { status: 'pending', nextAttemptAt: '2026-12-01T09:05:00.000Z' });
      return { status: 202, body: { ...delivery } };
    },
  };
  return { routes, webhooks, deliveries };
}

/** The n-th secret the double hands out: `whsec_` and base64 of 32 bytes, like the service's. */
export function webhookSecretNumber(n: number): string {
  return `whsec_${btoa(`secret-${n}`.padEnd(32, '.'))}`;
}

function deliverPending(delivery: Delivery) {
  if (delivery.status !== 'pending') return;
  Object.assign(delivery, {
    status: 'delivered',
    attempts: delivery.attempts + 1,
    lastStatus: 200,
    lastError: null,
    lastAttemptAt: '2026-12-01T09:00:01.000Z',
    nextAttemptAt: null,
    deliveredAt: '2026-12-01T09:00:01.000Z',
  });
}
