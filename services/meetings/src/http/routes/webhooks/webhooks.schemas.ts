import { Type } from 'typebox';
import { WEBHOOK_EVENT_TYPES } from '../../../ports/webhooks';
import { Instant, pageOf, ref, Uuid } from '../../schemas/common';
import { BookingSchema } from '../bookings/bookings.schemas';
import { LinkSchema } from '../links/links.schemas';

const EventType = Type.Enum([...WEBHOOK_EVENT_TYPES], { examples: ['booking.created'] });

const url = Type.String({
  format: 'uri',
  minLength: 1,
  maxLength: 2000,
  description:
    'Where events are POSTed: http(s), no user name or password, not an internal address (https in production)',
  examples: ['https://crm.example.com/hooks/bookings'],
});
const events = Type.Union(
  [Type.Array(EventType, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length }), Type.Null()],
  {
    description: 'The event types sent to it; null for every type (also those added later)',
    examples: [['booking.created', 'booking.cancelled']],
  },
);
const enabled = Type.Boolean({
  description: 'Switched off, it receives nothing; its pending deliveries wait',
});
const description = Type.String({ maxLength: 500, examples: ['CRM sync'] });

const webhookProperties = {
  id: Uuid(),
  url,
  description,
  events,
  enabled,
  disabledReason: Type.Union([Type.Enum(['gone', 'failing']), Type.Null()], {
    description:
      'Why the service switched it off: gone (it answered 410), failing (three days of failed attempts); null otherwise',
  }),
  previousSecretExpiresAt: Type.Union([Instant(), Type.Null()], {
    description:
      'After a rotation, when the previous secret stops signing alongside the new one; null otherwise',
  }),
  failingSince: Type.Union([Instant(), Type.Null()], {
    description: 'The first failed attempt since the last delivered one; null while it answers',
  }),
  createdAt: Instant(),
  updatedAt: Instant(),
};

export const WebhookSchema = Type.Object(webhookProperties, {
  $id: 'Webhook',
  description: 'An endpoint that receives signed event notifications (Standard Webhooks)',
  additionalProperties: false,
});

export const WebhookWithSecretSchema = Type.Object(
  {
    ...webhookProperties,
    secret: Type.String({
      description:
        'The signing secret, shown only now: `whsec_` and base64 of 32 bytes. Verify requests with it (Standard Webhooks).',
      examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    }),
  },
  { $id: 'WebhookWithSecret', additionalProperties: false },
);

export const CreateWebhookSchema = Type.Object(
  {
    url,
    events: Type.Optional(events),
    enabled: Type.Optional(enabled),
    description: Type.Optional(description),
  },
  { $id: 'CreateWebhookRequest', additionalProperties: false },
);

export const UpdateWebhookSchema = Type.Object(
  {
    url: Type.Optional(url),
    events: Type.Optional(events),
    enabled: Type.Optional(enabled),
    description: Type.Optional(description),
  },
  { $id: 'UpdateWebhookRequest', additionalProperties: false },
);

export const WebhookPageSchema = pageOf(WebhookSchema, 'WebhookPage');

export const WebhookDeliverySchema = Type.Object(
  {
    id: Uuid('The delivery, for redelivering it'),
    messageId: Type.String({
      description: 'The `webhook-id` header: the same on every attempt',
      examples: ['msg_2b1c9a0e4f5d4c3b8a7e6d5c4b3a2f10'],
    }),
    event: Type.Enum(['ping', ...WEBHOOK_EVENT_TYPES]),
    status: Type.Enum(['pending', 'delivered', 'failed'], {
      description: 'failed: every attempt of its round failed, or the endpoint answered 410',
    }),
    attempts: Type.Integer({ minimum: 0 }),
    lastStatus: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The HTTP status of the last attempt',
    }),
    lastError: Type.Union([Type.String(), Type.Null()]),
    lastResponseBody: Type.Union([Type.String(), Type.Null()], {
      description: 'The first 4 kB of the last answer',
    }),
    lastAttemptAt: Type.Union([Instant(), Type.Null()]),
    nextAttemptAt: Type.Union([Instant(), Type.Null()], {
      description: 'The next try while pending; null otherwise',
    }),
    deliveredAt: Type.Union([Instant(), Type.Null()]),
    createdAt: Instant(),
  },
  { $id: 'WebhookDelivery', additionalProperties: false },
);

export const WebhookDeliveryPageSchema = pageOf(WebhookDeliverySchema, 'WebhookDeliveryPage');

const timestamp = Instant('When the change happened');

export const BookingWebhookEventSchema = Type.Object(
  {
    type: Type.Enum(['booking.created', 'booking.rescheduled', 'booking.cancelled']),
    timestamp,
    data: ref(BookingSchema),
  },
  {
    $id: 'BookingWebhookEvent',
    description: 'The body of a booking event: the booking as the API presents it after the change',
    additionalProperties: false,
  },
);

export const LinkWebhookEventSchema = Type.Object(
  {
    type: Type.Enum(['link.created', 'link.updated', 'link.deleted']),
    timestamp,
    data: ref(LinkSchema),
  },
  {
    $id: 'LinkWebhookEvent',
    description: 'The body of a link event: the link after the change (as it was last, for link.deleted)',
    additionalProperties: false,
  },
);

export const PingWebhookEventSchema = Type.Object(
  {
    type: Type.Literal('ping'),
    timestamp: Instant('When the test was asked for'),
    data: Type.Object({ webhookId: Uuid('The endpoint tested') }, { additionalProperties: false }),
  },
  { $id: 'PingWebhookEvent', description: 'The body of a test request', additionalProperties: false },
);

export const webhooksSchemas = [
  WebhookSchema,
  WebhookWithSecretSchema,
  CreateWebhookSchema,
  UpdateWebhookSchema,
  WebhookPageSchema,
  WebhookDeliverySchema,
  WebhookDeliveryPageSchema,
  BookingWebhookEventSchema,
  LinkWebhookEventSchema,
  PingWebhookEventSchema,
];
