import type { WebhookDelivery } from '../api/webhooks';

export type DeliveryEvent = WebhookDelivery['event'];
export type WebhookEventType = Exclude<DeliveryEvent, 'ping'>;

/** What each event is called on screen; a Record, so a type the contract adds cannot go unnamed. */
const EVENT_LABELS: Record<DeliveryEvent, string> = {
  ping: 'Test ping',
  'booking.created': 'Booking created',
  'booking.rescheduled': 'Booking rescheduled',
  'booking.cancelled': 'Booking cancelled',
  'link.created': 'Link created',
  'link.updated': 'Link updated',
  'link.deleted': 'Link deleted',
};

/** The types an endpoint can subscribe to, in the order the form offers them. */
export const WEBHOOK_EVENT_TYPES = (Object.keys(EVENT_LABELS) as DeliveryEvent[]).filter(
  (event): event is WebhookEventType => event !== 'ping',
);

export function eventLabel(event: DeliveryEvent): string {
  return EVENT_LABELS[event];
}

/** "Every event" for a subscription to all types (null), else the chosen types by name. */
export function describeEvents(events: WebhookEventType[] | null): string {
  if (events === null) return 'Every event';
  return events.map(eventLabel).join(', ');
}
