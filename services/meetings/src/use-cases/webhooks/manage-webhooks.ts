import { DomainError } from '../../domain/shared/domain-error';
import { WEBHOOK_MAX_ATTEMPTS } from '../../domain/webhooks/retry-schedule';
import type { Clock } from '../../ports/clock';
import type { Sealer } from '../../ports/secrets';
import type { WebhookUrlPolicy } from '../../ports/webhook-delivery';
import type {
  WebhookDeliveriesRepository,
  WebhookEndpointChanges,
  WebhookEndpointsRepository,
  WebhookEventType,
  WebhookSecretGenerator,
} from '../../ports/webhooks';
import { notFound } from '../shared/not-found';
import { mapPage, type PageQuery, readPage } from '../shared/page-request';
import { presentDelivery, presentWebhook } from './present-webhook';

/** After a rotation the old secret signs alongside the new one this long, while receivers switch over. */
export const PREVIOUS_SECRET_SIGNS_FOR_MS = 24 * 60 * 60 * 1000;

export interface ManageWebhooksDeps {
  endpoints: WebhookEndpointsRepository;
  deliveries: Pick<
    WebhookDeliveriesRepository,
    'insertPing' | 'listForEndpoint' | 'findOnEndpoint' | 'redeliver'
  >;
  sealer: Pick<Sealer, 'seal'>;
  secrets: WebhookSecretGenerator;
  urlPolicy: WebhookUrlPolicy;
  clock: Clock;
  /** Told when a delivery is ready to go (ping, redelivery), so it goes now rather than at the next sweep. */
  onQueued: () => void;
}

export interface CreateWebhookInput {
  url: string;
  /** Left out or null: every event type. */
  events?: WebhookEventType[] | null | undefined;
  enabled?: boolean | undefined;
  description?: string | undefined;
}

export interface UpdateWebhookInput {
  url?: string | undefined;
  events?: WebhookEventType[] | null | undefined;
  enabled?: boolean | undefined;
  description?: string | undefined;
}

/** The owner's webhook endpoints: subscribe, change, rotate the secret, test, and read the delivery log. */
export function makeManageWebhooks(deps: ManageWebhooksDeps) {
  const { endpoints, deliveries, clock } = deps;

  async function requireOwned(ownerId: string, id: string) {
    const endpoint = await endpoints.findOwned(ownerId, id);
    if (!endpoint) throw notFound('webhook', id);
    return endpoint;
  }

  async function checkUrl(url: string): Promise<void> {
    const verdict = await deps.urlPolicy.check(url);
    if (!verdict.allowed) {
      throw new DomainError(
        'webhook_url_not_allowed',
        `Webhooks cannot be sent to this URL: ${verdict.reason}`,
        [{ path: 'url', message: verdict.reason }],
      );
    }
  }

  return {
    async createWebhook(ownerId: string, input: CreateWebhookInput) {
      await checkUrl(input.url);
      const secret = deps.secrets.generate();
      const endpoint = await endpoints.insert({
        ownerId,
        url: input.url,
        description: input.description ?? '',
        events: uniqueEvents(input.events),
        enabled: input.enabled ?? true,
        secretSealed: deps.sealer.seal(secret),
      });
      return { ...presentWebhook(endpoint, clock.now()), secret };
    },

    async listWebhooks(ownerId: string, query: PageQuery) {
      const page = await readPage(
        query,
        (request) => endpoints.listOwned(ownerId, request),
        (endpoint) => ({ at: endpoint.createdAt, id: endpoint.id }),
      );
      const now = clock.now();
      return mapPage(page, (endpoint) => presentWebhook(endpoint, now));
    },

    async getWebhook(ownerId: string, id: string) {
      return presentWebhook(await requireOwned(ownerId, id), clock.now());
    },

    async updateWebhook(ownerId: string, id: string, input: UpdateWebhookInput) {
      await requireOwned(ownerId, id);
      if (input.url !== undefined) await checkUrl(input.url);
      const changes: WebhookEndpointChanges = {};
      if (input.url !== undefined) changes.url = input.url;
      if (input.description !== undefined) changes.description = input.description;
      if (input.events !== undefined) changes.events = uniqueEvents(input.events);
      if (input.enabled !== undefined) changes.enabled = input.enabled;
      const now = clock.now();
      const updated = await endpoints.update(ownerId, id, changes, now);
      if (!updated) throw notFound('webhook', id);
      // Deliveries that waited while it was off go now.
      if (input.enabled) deps.onQueued();
      return presentWebhook(updated, now);
    },

    async deleteWebhook(ownerId: string, id: string): Promise<void> {
      if (!(await endpoints.delete(ownerId, id))) throw notFound('webhook', id);
    },

    async rotateWebhookSecret(ownerId: string, id: string) {
      const secret = deps.secrets.generate();
      const now = clock.now();
      const rotated = await endpoints.rotateSecret(
        ownerId,
        id,
        {
          secretSealed: deps.sealer.seal(secret),
          previousUntil: new Date(now.getTime() + PREVIOUS_SECRET_SIGNS_FOR_MS),
        },
        now,
      );
      if (!rotated) throw notFound('webhook', id);
      return { ...presentWebhook(rotated, now), secret };
    },

    async testWebhook(ownerId: string, id: string) {
      const endpoint = await requireOwned(ownerId, id);
      if (!endpoint.enabled) {
        throw new DomainError(
          'webhook_disabled',
          'This endpoint is switched off: turn it on to send a test.',
        );
      }
      const now = clock.now();
      const body = JSON.stringify({
        type: 'ping',
        timestamp: now.toISOString(),
        data: { webhookId: endpoint.id },
      });
      const ping = await deliveries.insertPing(endpoint.id, body, now, WEBHOOK_MAX_ATTEMPTS);
      deps.onQueued();
      return presentDelivery(ping);
    },

    async listWebhookDeliveries(ownerId: string, id: string, query: PageQuery) {
      await requireOwned(ownerId, id);
      const page = await readPage(
        query,
        (request) => deliveries.listForEndpoint(id, request),
        (delivery) => ({ at: delivery.createdAt, id: delivery.id }),
      );
      return mapPage(page, presentDelivery);
    },

    async redeliverWebhook(ownerId: string, id: string, deliveryId: string) {
      await requireOwned(ownerId, id);
      const delivery = await deliveries.findOnEndpoint(id, deliveryId);
      if (!delivery) throw notFound('delivery', deliveryId);
      const again = await deliveries.redeliver(deliveryId, clock.now(), WEBHOOK_MAX_ATTEMPTS);
      if (!again) {
        throw new DomainError(
          'webhook_delivery_pending',
          'This delivery is still being tried; it can be sent again once it is delivered or has failed.',
        );
      }
      deps.onQueued();
      return presentDelivery(again);
    },
  };
}

const uniqueEvents = (events: WebhookEventType[] | null | undefined): WebhookEventType[] | null =>
  events == null ? null : [...new Set(events)];
